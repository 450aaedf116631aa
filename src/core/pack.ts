import { CATEGORY_BASE, ENTRY, FLAG_BASE, FORM, FORMS_END, slugOf, TIER_CODES, TRIE_FLAG, UP, type PackedData, type PackedRole, type PackedRoleDetails } from './packed';
import type { Role, Taxonomy } from './schema';
import { DEGREES, SENIORITIES, SKILL_CATEGORIES } from './vocabulary';
import { buildSkillIndex, type TrieNode } from './skill-index';

/**
 * Packs the source data (data/skills.json, data/roles/*.json) into the form the extension ships
 * (packed.ts). Run at build time by scripts/pack-data.ts; pure, so tests pack the data too and
 * check that the packed engine finds what the source engine finds.
 */
export function packData(taxonomy: Taxonomy, roles: readonly Role[]): PackedData {
  const numbers = new Map(taxonomy.skills.map((s, i) => [s.id, i]));
  const no = (id: string) => {
    const n = numbers.get(id);
    if (n === undefined) throw new Error(`unknown skill id "${id}"`);
    return n;
  };
  for (const s of taxonomy.skills) {
    if (/[\n,]/.test(s.id) || s.name.includes('\n')) throw new Error(`skill "${s.id}": a line break or comma can't be packed`);
  }
  const index = buildSkillIndex(taxonomy);
  return {
    format: 2,
    ids: taxonomy.skills.map((s) => (s.id === slugOf(s.name) ? '' : s.id)).join('\n'),
    names: taxonomy.skills.map((s) => s.name).join('\n'),
    categories: taxonomy.skills.map((s) => String.fromCharCode(CATEGORY_BASE + SKILL_CATEGORIES.indexOf(s.category))).join(''),
    parents: taxonomy.skills.map((s) => (s.parent ? no(s.parent).toString(36) : '')).join(','),
    related: taxonomy.skills.map((s) => (s.related ?? []).map((id) => no(id).toString(36)).join(' ')).join(','),
    trie: encodeTrie(index.root, no),
    roles: roles.map((r): PackedRole => ({
      id: r.id,
      title: r.title,
      titleAliases: r.titleAliases,
      responsibilities: r.responsibilities,
      seniority: r.seniority.map((s) => SENIORITIES.indexOf(s)),
      degree: DEGREES.indexOf(r.degree.typical),
      skills: r.skills.flatMap((s) => {
        const w = Math.round(s.weight * 1000);
        if (Math.abs(w / 1000 - s.weight) > 1e-9) throw new Error(`${r.id}: weight of ${s.id} has more than 3 decimals`);
        return [no(s.id), w];
      }),
    })),
  };
}

/** What the extension's pages show of each role beyond what the engine reads (packed.ts). */
export function packRoleDetails(roles: readonly Role[]): PackedRoleDetails[] {
  return roles.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    industries: r.industries,
    ...(r.education ? { education: r.education } : {}),
    ...(r.tools ? { tools: r.tools } : {}),
    tiers: r.skills.map((s) => TIER_CODES[s.tier]).join(''),
  }));
}

/** The trie's text form (see packed.ts). */
function encodeTrie(root: TrieNode, no: (id: string) => number): string {
  const out: string[] = [];
  const walk = (node: TrieNode) => {
    for (const [token, child] of node.next) {
      const e = child.entry;
      let flags = child.attached ? TRIE_FLAG.attached : 0;
      if (e) flags |= TRIE_FLAG.entry | (e.caseSensitive ? TRIE_FLAG.caseSensitive : 0) | (e.needsEvidence ? TRIE_FLAG.needsEvidence : 0) | (e.needsAsk ? TRIE_FLAG.needsAsk : 0);
      out.push(String.fromCharCode(FLAG_BASE + flags), token);
      if (e) {
        out.push(ENTRY, no(e.skillId).toString(36));
        // Forms matter only where the case must match.
        if (e.caseSensitive) out.push(FORM, e.forms.join(FORM), FORMS_END);
      }
      walk(child);
      out.push(UP);
    }
  };
  walk(root);
  // Climbing back at the very end says nothing.
  while (out[out.length - 1] === UP) out.pop();
  return out.join('');
}
