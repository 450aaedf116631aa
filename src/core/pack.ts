import { aliasNodes, trieCounts, type AliasTrie } from './alias-trie';
import { ALIAS_FLAG, CATEGORY_BASE, FIELD, FLAG_BASE, FORM, GLUED, LINE, OPEN_NAME, openKey, packedAliasKey, PLAIN_KEY, slugOf, TIER_CODES, type PackedData, type PackedRoleDetails } from './packed';
import type { Role, Taxonomy } from './schema';
import { DEGREES, SENIORITIES, SKILL_CATEGORIES } from './vocabulary';
import { buildSkillIndex } from './skill-index';
import { GENERIC_NAME_WEIGHT, roleNameLists, type RoleName } from './role-name-index';
import { roleTitles } from './rank-roles';
import { GENERIC } from './packed-names';

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
    if (/[~,]/.test(s.id) || /[~|]/.test(s.name)) throw new Error(`skill "${s.id}": a '~', comma or '|' can't be packed`);
  }
  const { trie } = buildSkillIndex(taxonomy);
  const aliases = packAliases(trie, no);
  // Each skill's line: its name, then its aliases; the name's own key, when it is the name in lower case, is written as nothing.
  const fields = taxonomy.skills.map((s, i) => [s.name, ...(aliases[i] ?? []).map((a) => (a === s.name.toLowerCase() ? '' : a))]);
  const ids = taxonomy.skills.map((s, i) => packedId(s.id, s.name, fields[i]!));
  // The name's open spelling as OPEN_NAME, an alias glued of an earlier one as GLUED and its
  // number, but for an alias the id is read from (skillIdOf).
  for (const [i, f] of fields.entries()) {
    const open = openKey(f[0]!);
    const idField = ids[i]!.startsWith('=') ? Number(ids[i]!.slice(1)) : -1;
    const keys = f.map((a, k) => (k === 0 || a === '' ? f[0]!.toLowerCase() : a));
    for (let k = 1; k < f.length; k++) {
      if (f[k] === OPEN_NAME || f[k]!.startsWith(GLUED)) throw new Error(`skill "${taxonomy.skills[i]!.id}": an alias '${f[k]}' can't be packed`);
      if (k === idField) continue;
      if (open !== null && f[k] === open) f[k] = OPEN_NAME;
      else if (PLAIN_KEY.test(f[k]!)) {
        const j = keys.findIndex((key, m) => m < k && key.includes(' ') && PLAIN_KEY.test(key) && key.replaceAll(' ', '') === f[k]);
        if (j >= 0) f[k] = GLUED + j;
      }
    }
  }
  return {
    format: 6,
    counts: trieCounts(trie),
    // In the order that zips smallest (see PackedData).
    related: taxonomy.skills.map((s, i) => packRelated(i, (s.related ?? []).map(no), s.id)).join(','),
    ids: ids.join(LINE),
    parents: taxonomy.skills.map((s) => (s.parent ? no(s.parent).toString(36) : '')).join(','),
    roles: {
      ids: roles.map((r) => (r.id === slugOf(r.title) ? '' : r.id)),
      titles: roles.map((r) => r.title),
      responsibilities: roles.map((r) => oneALine(r.responsibilities, r.id)),
      seniority: roles.map((r) => r.seniority.map((s) => SENIORITIES.indexOf(s))),
      degrees: roles.map((r) => DEGREES.indexOf(r.degree.typical)),
      names: packRoleNames(roleNameLists(roles)),
      titleWords: roleTitles(roles).map((sets) => sets.map((words) => packWords(words, 'a title word')).join(LINE)),
      skills: roles.map(packRoleSkills),
    },
    skills: fields.map((f) => f.join(FIELD)).join(LINE),
    categories: taxonomy.skills.map((s) => String.fromCharCode(CATEGORY_BASE + SKILL_CATEGORIES.indexOf(s.category))).join(''),
  };

  /** A role's skills in runs of the same weight (PackedRoles.skills). */
  function packRoleSkills(r: Role): string {
    const runs: Array<{ w: number; numbers: string[] }> = [];
    for (const s of r.skills) {
      const w = Math.round(s.weight * 1000);
      if (Math.abs(w / 1000 - s.weight) > 1e-9) throw new Error(`${r.id}: weight of ${s.id} has more than 3 decimals`);
      const last = runs.at(-1);
      if (last?.w === w) last.numbers.push(no(s.id).toString(36));
      else runs.push({ w, numbers: [no(s.id).toString(36)] });
    }
    return runs.map((run) => [run.w.toString(36), ...run.numbers].join(' ')).join(',');
  }
}

/** '' for the slug of the name, '=k' for the slug of alias k's key, else the id itself (packed.ts `ids`). */
function packedId(id: string, name: string, fields: readonly string[]): string {
  if (id === slugOf(name)) return '';
  const k = fields.findIndex((f, i) => i > 0 && f !== '' && slugOf(packedAliasKey(f)) === id);
  return k > 0 ? `=${k}` : id;
}

/** Words apart, each checked to hold no separator of the packed form. */
function packWords(words: readonly string[], what: string): string {
  for (const w of words) if (w === '' || /[\s|~*]/.test(w)) throw new Error(`${what} "${w}" can't be packed`);
  return words.join(' ');
}

/** The role names by first word (PackedRoles.names). */
function packRoleNames(lists: ReadonlyMap<string, readonly RoleName[]>): string {
  const entry = (first: string, n: RoleName) => {
    if (n.words[0] !== first) throw new Error(`role name "${n.words.join(' ')}" listed under "${first}"`);
    if (n.weight !== 1 && n.weight !== GENERIC_NAME_WEIGHT) throw new Error(`role name "${n.words.join(' ')}": a weight of ${n.weight} can't be packed`);
    return [n.role.toString(36) + (n.weight === 1 ? '' : GENERIC), ...n.words.slice(1)].join(' ');
  };
  return [...lists]
    .map(([first, names]) => {
      packWords(names.flatMap((n) => n.words), 'a role name word');
      return [first, ...names.map((n) => entry(first, n))].join(FIELD);
    })
    .join(LINE);
}

function oneALine(items: readonly string[], role: string): string {
  if (items.some((t) => t.includes(LINE) || t === '')) throw new Error(`${role}: an empty item or a '${LINE}' can't be packed`);
  return items.join(LINE);
}

/** What the extension's pages show of each role beyond what the engine reads (packed.ts). */
export function packRoleDetails(roles: readonly Role[]): PackedRoleDetails {
  return {
    ids: roles.map((r) => r.id),
    titles: roles.map((r) => r.title),
    summaries: roles.map((r) => r.summary),
    industries: roles.map((r) => r.industries),
    education: roles.map((r) => r.education ?? null),
    tools: roles.map((r) => r.tools ?? null),
    tiers: roles.map((r) => r.skills.map((s) => TIER_CODES[s.tier]).join('')),
  };
}

/**
 * The related skills of skill `i` with larger numbers, as steps (see packed.ts); those with
 * smaller numbers are written at theirs. Unpacked, each list comes out in number order: it must be
 * so in the source too for the packed engine to give the same analysis.
 */
function packRelated(i: number, related: readonly number[], id: string): string {
  if (related.some((r, k) => k > 0 && r < related[k - 1]!)) throw new Error(`skill "${id}": related skills must be in the skills' order to be packed`);
  let at = i;
  return related.filter((r) => r > i).map((r) => {
    const step = r - at;
    at = r;
    return step.toString(36);
  }).join(' ');
}

/** Each skill's aliases in the packed form (see packed.ts), by skill number, in the trie's order. */
function packAliases(trie: AliasTrie, no: (id: string) => number): string[][] {
  const out: string[][] = [];
  for (const [key, node] of aliasNodes(trie)) {
    const e = trie.entry(node)!;
    const bits = (e.caseSensitive ? ALIAS_FLAG.caseSensitive : 0) | (e.needsEvidence ? ALIAS_FLAG.needsEvidence : 0) | (e.needsAsk ? ALIAS_FLAG.needsAsk : 0);
    // Forms matter only where the case must match.
    const text = (bits ? String.fromCharCode(FLAG_BASE + bits) : '') + key + (e.caseSensitive ? FORM + e.forms.join(FORM) : '');
    if (key.includes(FIELD) || key.includes(LINE)) throw new Error(`alias "${key}" of "${e.skillId}": a '${LINE}' or '|' can't be packed`);
    (out[no(e.skillId)] ??= []).push(text);
  }
  return out;
}
