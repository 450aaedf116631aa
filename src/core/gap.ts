import type { SkillIndex } from './skill-index';
import type { Gap, SkillHit, SkillRef, UserSkill } from './types';

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

function hasSkill(id: string, have: ReadonlySet<string>, index: SkillIndex, depth = 0): boolean {
  if (have.has(id)) return true;
  // A child meets its parent: PyTorch answers "deep learning frameworks".
  if (depth > 3) return false;
  for (const child of index.children.get(id) ?? []) if (hasSkill(child, have, index, depth + 1)) return true;
  return false;
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

/**
 * The posting's skills against the user's: missing required first, then missing preferred,
 * then what matches; a missing skill the user has a sibling of is "related" instead.
 */
export function computeGap(skills: readonly SkillHit[], have: ReadonlySet<string>, index: SkillIndex, learning: ReadonlySet<string> = new Set()): Gap {
  const gap: Gap = { missingRequired: [], missingPreferred: [], matched: [], related: [], score: 0 };
  const ref = (id: string): SkillRef => ({ id, name: index.skills.get(id)?.name ?? id });
  for (const s of skills) {
    if (hasSkill(s.id, have, index)) {
      gap.matched.push(ref(s.id));
      continue;
    }
    if (s.importance === 'mentioned') continue;
    // Industries and fields of study ("healthcare", "a degree in Statistics") describe the job
    // rather than something to learn for it: listed with the posting's skills, never as missing.
    if (index.skills.get(s.id)?.category === 'domain') continue;
    const via = relatedVia(s.id, have, index);
    if (via) {
      gap.related.push({ ...ref(s.id), via: ref(via) });
      continue;
    }
    (s.importance === 'required' ? gap.missingRequired : gap.missingPreferred).push(ref(s.id));
  }
  gap.score = gapScore(skills, gap, learning);
  return gap;
}

/**
 * The match score of a gap: the share of what the posting asks that the user has, required
 * skills counting double and related ones half, and so do skills the user is still learning
 * (LEVEL_CREDIT); mentioned-only skills count only when the posting asks for nothing. A skill asked
 * for but in none of the lists (an industry) is left out. Shared with the popup's instant update
 * after "I have this".
 */
export function gapScore(skills: readonly SkillHit[], gap: Omit<Gap, 'score'>, learning: ReadonlySet<string> = new Set()): number {
  const matched = new Set(gap.matched.map((s) => s.id));
  const related = new Set(gap.related.map((s) => s.id));
  const missing = new Set([...gap.missingRequired, ...gap.missingPreferred].map((s) => s.id));
  const anyAsked = skills.some((s) => s.importance !== 'mentioned');
  let asked = 0;
  let met = 0;
  for (const s of skills) {
    const weight = s.importance === 'required' ? 2 : s.importance === 'preferred' ? 1 : anyAsked ? 0 : 1;
    if (matched.has(s.id)) met += weight * (learning.has(s.id) ? LEVEL_CREDIT.learning : 1);
    else if (related.has(s.id)) met += weight / 2;
    else if (!missing.has(s.id) && s.importance !== 'mentioned') continue;
    asked += weight;
  }
  return asked > 0 ? Math.round((met / asked) * 1000) / 1000 : 0;
}
