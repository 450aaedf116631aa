import { aliasKey, type SkillIndex } from './skill-index';
import type { SkillRef } from './types';

/** An autocomplete suggestion; `alias` is the name or alias that matched when it isn't the name ("k8s"). */
export interface SkillSuggestion extends SkillRef {
  alias?: string;
}

/**
 * How common each skill is in real postings: the sum of its weights over the role profiles,
 * whose weights are the share of real postings for the role that name the skill
 * (scripts/roles/). Python and SQL come out on top; PyMC and FSDP near zero.
 */
export function popularityFromRoles(roles: ReadonlyArray<{ skills: ReadonlyArray<{ id: string; weight: number }> }>): Map<string, number> {
  const pop = new Map<string, number>();
  for (const r of roles) for (const s of r.skills) pop.set(s.id, (pop.get(s.id) ?? 0) + s.weight);
  return pop;
}

/** Match tiers, best first: the whole name or alias, its start, a word inside it, anywhere in it. */
const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const INSIDE = 3;

function tierOf(key: string, q: string): number {
  if (key === q) return EXACT;
  if (key.startsWith(q)) return PREFIX;
  const at = key.indexOf(q);
  if (at < 0) return Infinity;
  return /[\s\-_./(]/.test(key[at - 1] ?? '') || key.includes(` ${q}`) ? WORD : INSIDE;
}

/**
 * Autocomplete over names and aliases: exact matches first ("k8s" is Kubernetes, "git" is Git),
 * then prefixes, then words inside, and within a tier the skill more postings ask for ("py":
 * Python and PyTorch before PyMC). A match on the name beats one on an alias of the same tier.
 */
interface SearchEntry {
  ref: SkillRef;
  pop: number;
  keys: Array<{ text: string; lower: string; isName: boolean }>;
}

/**
 * The names and aliases to search, as the alias trie knows them ("scikit learn", "k8s", "c++"):
 * the same index whether built from the source data or unpacked from the packed form.
 */
function entriesOf(index: SkillIndex, popularity: ReadonlyMap<string, number>): SearchEntry[] {
  const aliasesOf = new Map<string, string[]>();
  for (const [key, id] of index.byAlias.keys()) {
    const list = aliasesOf.get(id);
    if (list) list.push(key);
    else aliasesOf.set(id, [key]);
  }
  return [...index.skills.values()].map((s) => {
    const nameKey = aliasKey(s.name);
    const aliases = (aliasesOf.get(s.id) ?? []).filter((k) => k !== nameKey);
    return {
      ref: { id: s.id, name: s.name },
      pop: popularity.get(s.id) ?? 0,
      keys: [{ text: s.name, lower: s.name.toLowerCase(), isName: true }, ...aliases.map((k) => ({ text: k, lower: k, isName: false }))],
    };
  });
}

/**
 * Autocomplete over names and aliases: exact matches first ("k8s" is Kubernetes, "git" is Git),
 * then prefixes, then words inside, and within a tier the skill more postings ask for ("py":
 * Python and PyTorch before PyMC). A match on the name beats one on an alias of the same tier.
 * The keys are built on the first search: a page's content script never searches.
 */
export function createSkillSearch(index: SkillIndex, popularity: ReadonlyMap<string, number>) {
  let entries: SearchEntry[] | null = null;

  return function searchSkills(query: string, limit = 8): SkillSuggestion[] {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const scored: Array<{ s: SkillSuggestion; tier: number; viaAlias: boolean; pop: number; len: number }> = [];
    entries ??= entriesOf(index, popularity);
    for (const e of entries) {
      let best: { tier: number; isName: boolean; text: string } | null = null;
      for (const k of e.keys) {
        const tier = tierOf(k.lower, q);
        if (tier === Infinity) continue;
        if (!best || tier < best.tier || (tier === best.tier && k.isName && !best.isName)) best = { tier, isName: k.isName, text: k.text };
      }
      if (!best) continue;
      const s: SkillSuggestion = best.isName ? { ...e.ref } : { ...e.ref, alias: best.text };
      scored.push({ s, tier: best.tier, viaAlias: !best.isName, pop: e.pop, len: e.ref.name.length });
    }
    // Among exact hits the skill so named comes before one with that alias ("sql" is SQL).
    const nameFirst = (a: (typeof scored)[0], b: (typeof scored)[0]) => (a.tier === EXACT ? Number(a.viaAlias) - Number(b.viaAlias) : 0);
    scored.sort((a, b) => a.tier - b.tier || nameFirst(a, b) || b.pop - a.pop || a.len - b.len || a.s.name.localeCompare(b.s.name));
    return scored.slice(0, limit).map((x) => x.s);
  };
}
