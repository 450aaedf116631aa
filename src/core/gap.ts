import { isTrackRecord } from './credentials';
import { namesAKind } from './kinds';
import type { SkillIndex } from './skill-index';
import type { Gap, Importance, SkillHit, SkillRef, UserSkill } from './types';

/** "Python (primary)", "  AWS — 5 yrs" → the skill's own words. */
function cleanName(name: string): string {
  return name
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/\s[-–—:|]\s.*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Taxonomy ids the user's list stands for: ids kept, names of custom entries resolved through aliases. */
export function resolveUserSkills(list: readonly UserSkill[], index: SkillIndex): Set<string> {
  const ids = new Set<string>();
  for (const s of list) {
    if (index.skills.has(s.id)) {
      ids.add(s.id);
      continue;
    }
    const byName = index.byAlias.get(s.name.trim().toLowerCase()) ?? index.byAlias.get(cleanName(s.name));
    if (byName) ids.add(byName);
  }
  return ids;
}

/**
 * How much a matched skill counts by the level the user gave it: a skill still being learned
 * meets half of what the posting asks (like a close relative does); no level counts in full.
 */
export const LEVEL_CREDIT: Record<NonNullable<UserSkill['level']>, number> = { learning: 0.5, working: 1, expert: 1 };

/** Taxonomy ids the user marked "Learning" (custom names resolved through aliases, like resolveUserSkills). */
export function learningIds(list: readonly UserSkill[], index: SkillIndex): Set<string> {
  return resolveUserSkills(list.filter((s) => s.level === 'learning'), index);
}

/**
 * Every skill the user's list meets: each listed skill, and its ancestors up to four links up (a
 * child meets its parent: PyTorch answers "deep learning frameworks"). Built once a gap, walking
 * up from the user's few skills rather than down from each of the posting's many.
 */
function metByList(have: ReadonlySet<string>, index: SkillIndex): Set<string> {
  const met = new Set<string>();
  for (const id of have) {
    let cur: string | undefined = id;
    for (let depth = 0; cur && depth <= 4; depth++) {
      met.add(cur);
      cur = index.skills.get(cur)?.parent ?? undefined;
    }
  }
  return met;
}

function relatedVia(id: string, have: ReadonlySet<string>, index: SkillIndex): string | null {
  const skill = index.skills.get(id);
  if (!skill) return null;
  for (const r of skill.related ?? []) if (have.has(r)) return r;
  const parent = skill.parent ? index.skills.get(skill.parent) : undefined;
  if (parent && parent.category === 'group') {
    for (const sibling of index.children.get(parent.id) ?? []) if (sibling !== id && have.has(sibling)) return sibling;
  }
  return null;
}

/** Methods and concepts, which a broad field the user knows probably covers; products never are. */
const SPECIFIC = new Set(['ml-concept', 'statistics', 'method']);

/**
 * "Regression analysis" and "SVM" when the user has "Statistics" or "Machine learning": a broad
 * skill the user listed, at most two parent links above a method or concept, probably covers it.
 */
function broaderVia(id: string, have: ReadonlySet<string>, index: SkillIndex): string | null {
  const skill = index.skills.get(id);
  if (!skill || !SPECIFIC.has(skill.category)) return null;
  let cur = skill.parent;
  for (let depth = 0; cur && depth < 2; depth++) {
    const up = index.skills.get(cur);
    if (!up || !SPECIFIC.has(up.category)) return null;
    if (have.has(cur)) return cur;
    cur = up.parent;
  }
  return null;
}

const RANK: Record<Importance, number> = { required: 2, preferred: 1, mentioned: 0 };

/** One thing the posting asks: a skill, or alternatives any of which will do. */
export interface Ask {
  hits: SkillHit[];
  /** The skills that meet it: the hit itself, or the group's members (generic parent included). */
  ids: readonly string[];
  importance: Importance;
  group: boolean;
  /**
   * A group one of whose members is also asked on its own, as strongly ("AWS, GCP or Azure" and
   * "strong AWS skills"): that member's own ask already counts it, so it adds nothing to the
   * score; its other members are still listed while it is unmet.
   */
  covered?: true;
}

/** The posting's asks: each skill on its own, and each group of alternatives once. */
export function asksOf(skills: readonly SkillHit[], hidden: ReadonlySet<string> = new Set()): Ask[] {
  const asks: Ask[] = [];
  const groups = new Map<string, Ask>();
  const alone = new Map<string, Importance>();
  for (const s of skills) {
    if (hidden.has(s.id)) continue;
    if (!s.anyOf) {
      asks.push({ hits: [s], ids: [s.id], importance: s.importance, group: false });
      alone.set(s.id, s.importance);
      continue;
    }
    const key = s.anyOf.join('|');
    const g = groups.get(key);
    if (!g) groups.set(key, { hits: [s], ids: s.anyOf.filter((id) => !hidden.has(id)), importance: s.importance, group: true });
    else {
      g.hits.push(s);
      if (RANK[s.importance] > RANK[g.importance]) g.importance = s.importance;
    }
  }
  for (const g of groups.values()) {
    const coveredAlone = g.ids.some((id) => {
      const own = alone.get(id);
      return own !== undefined && RANK[own] >= RANK[g.importance];
    });
    // Written out rather than spread: V8 copies a spread object through a slow generic path.
    asks.push(coveredAlone ? { hits: g.hits, ids: g.ids, importance: g.importance, group: g.group, covered: true } : g);
  }
  return asks;
}

/**
 * The posting's skills against the user's: missing required first, then missing preferred,
 * then what matches; a missing skill the user has a sibling of is "related", a method under a
 * broad field the user has is "probably covered", soft skills are listed apart, and alternatives
 * are one ask met by any member. `notAsked` skills (the user said so) are left out.
 */
export function computeGap(
  skills: readonly SkillHit[],
  have: ReadonlySet<string>,
  index: SkillIndex,
  notAsked: ReadonlySet<string> = new Set(),
  learning: ReadonlySet<string> = new Set(),
): Gap {
  const gap: Required<Gap> = { missingRequired: [], missingPreferred: [], missingSoft: [], probablyCovered: [], matched: [], related: [], hidden: [], score: 0 };
  const nameOf = (id: string) => index.skills.get(id)?.name ?? id;
  const ref = (id: string): SkillRef => ({ id, name: nameOf(id) });
  const isDomain = (id: string) => index.skills.get(id)?.category === 'domain';
  for (const s of skills) if (notAsked.has(s.id)) gap.hidden.push(ref(s.id));

  const asked = new Set(skills.filter((s) => s.importance !== 'mentioned' && !notAsked.has(s.id)).map((s) => s.id));
  const met = metByList(have, index);
  const hasSkill = (id: string) => met.has(id);
  for (const ask of asksOf(skills, notAsked)) {
    if (ask.group) {
      const groupMet = ask.ids.some(hasSkill);
      for (const s of ask.hits) if (hasSkill(s.id)) gap.matched.push(ref(s.id));
      if (groupMet || ask.importance === 'mentioned') continue;
      // A generic parent named with its examples is the group's name, not a chip of its own.
      const isName = (s: SkillHit) => s.kindName === true || namesAKind(index.skills.get(s.id));
      // Its products asked in another sentence ("AWS, GCP, or Azure" before "cloud platforms (AWS…)") are listed there.
      const shown = ask.hits.filter((s) => !(isName(s) && (ask.hits.some((o) => o !== s && isAncestorOf(s.id, o.id, index)) || ask.ids.some((id) => asked.has(id) && isAncestorOf(s.id, id, index)))));
      const list = ask.importance === 'required' ? gap.missingRequired : gap.missingPreferred;
      for (const s of shown) list.push({ id: s.id, name: nameOf(s.id), anyOf: [...ask.ids] });
      continue;
    }
    const s = ask.hits[0]!;
    if (hasSkill(s.id)) {
      gap.matched.push(ref(s.id));
      continue;
    }
    if (s.importance === 'mentioned' || isTrackRecord(s.id)) continue;
    if (s.soft) {
      gap.missingSoft.push(ref(s.id));
      continue;
    }
    // Industries and fields of study ("healthcare", "a degree in Statistics") describe the job
    // rather than something to learn for it: listed with the posting's skills, never as missing.
    if (isDomain(s.id)) continue;
    const broad = broaderVia(s.id, have, index);
    if (broad) {
      gap.probablyCovered.push({ id: s.id, name: nameOf(s.id), via: ref(broad) });
      continue;
    }
    const via = relatedVia(s.id, have, index);
    if (via) {
      gap.related.push({ id: s.id, name: nameOf(s.id), via: ref(via) });
      continue;
    }
    (s.importance === 'required' ? gap.missingRequired : gap.missingPreferred).push(ref(s.id));
  }
  gap.score = gapScore(skills, gap, learning);
  return gap;
}

function isAncestorOf(maybeParent: string, id: string, index: SkillIndex): boolean {
  let cur = index.skills.get(id)?.parent;
  for (let depth = 0; cur && depth < 6; depth++) {
    if (cur === maybeParent) return true;
    cur = index.skills.get(cur)?.parent;
  }
  return false;
}

/**
 * The match score of a gap: the share of what the posting asks that the user has, required asks
 * counting double, related and probably-covered ones half, and so do skills the user is still
 * learning (LEVEL_CREDIT); alternatives count once; soft skills, industries and hidden skills not
 * at all; mentioned-only skills only when the posting asks for nothing. Shared with the popup's
 * instant update after "I have this".
 */
export function gapScore(skills: readonly SkillHit[], gap: Omit<Gap, 'score'>, learning: ReadonlySet<string> = new Set()): number {
  const matched = new Set(gap.matched.map((s) => s.id));
  const half = new Set([...gap.related, ...(gap.probablyCovered ?? [])].map((s) => s.id));
  const missing = new Set([...gap.missingRequired, ...gap.missingPreferred].map((s) => s.id));
  const asks = asksOf(skills, new Set((gap.hidden ?? []).map((s) => s.id))).filter((a) => !a.covered && a.hits.some((s) => !s.soft));
  const anyAsked = asks.some((a) => a.importance !== 'mentioned');
  let asked = 0;
  let met = 0;
  for (const a of asks) {
    const weight = a.importance === 'required' ? 2 : a.importance === 'preferred' ? 1 : anyAsked ? 0 : 1;
    const ids = a.hits.map((s) => s.id);
    const listed = (set: ReadonlySet<string>) => ids.some((id) => set.has(id));
    // Met only through skills the user is still learning: half (LEVEL_CREDIT).
    if (listed(matched)) met += weight * (ids.some((id) => matched.has(id) && !learning.has(id)) ? 1 : LEVEL_CREDIT.learning);
    else if (listed(half)) met += weight / 2;
    else if (listed(missing) || a.importance === 'mentioned') {
      // Missing, or only mentioned: it counts towards what is asked, not what is met.
    } else if (a.group) met += weight; // met through a skill the posting does not name ("or similar")
    else continue; // an industry, or a skill hidden from this posting: not something to have
    asked += weight;
  }
  return asked > 0 ? Math.round((met / asked) * 1000) / 1000 : 0;
}
