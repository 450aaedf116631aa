import { gapScore } from '../core/gap';
import type { Analysis, Gap, SkillRef, UserSkill } from '../core/types';

/**
 * The popup's immediate update after "I have this" or "not asked here": skills the user now has
 * move to matched (with the rest of their group of alternatives leaving the missing lists), hidden
 * skills leave every list, and the score is recomputed by the engine's own gapScore. Used until
 * the engine's own gap (./engine-gap.ts) has loaded, and in tests. The content script re-runs the
 * full engine on the change and pushes its result, which then replaces this one.
 */
export function applyUserSkills(analysis: Analysis, skills: readonly UserSkill[], notAsked: ReadonlySet<string> = new Set()): Analysis {
  const have = new Set(skills.map((s) => s.id));
  const gap = analysis.gap;
  const moved: SkillRef[] = [];
  const hidden: SkillRef[] = [...(gap.hidden ?? [])];
  const metGroups = new Set<string>();
  const sort = <T extends SkillRef & { anyOf?: string[] }>(list: readonly T[]): T[] =>
    list.filter((s) => {
      if (notAsked.has(s.id)) {
        hidden.push({ id: s.id, name: s.name });
        return false;
      }
      if (!have.has(s.id)) return true;
      moved.push({ id: s.id, name: s.name });
      if (s.anyOf) metGroups.add(s.anyOf.join('|'));
      return false;
    });
  const missingRequired = sort(gap.missingRequired);
  const missingPreferred = sort(gap.missingPreferred);
  const related = sort(gap.related);
  const probablyCovered = sort(gap.probablyCovered ?? []);
  const missingSoft = sort(gap.missingSoft ?? []);
  if (moved.length === 0 && hidden.length === (gap.hidden ?? []).length) return analysis;

  const otherMemberMet = (s: { anyOf?: string[] }) => s.anyOf !== undefined && metGroups.has(s.anyOf.join('|'));
  const matchedIds = new Set(gap.matched.map((s) => s.id));
  const matched = [...gap.matched];
  for (const s of moved) {
    if (matchedIds.has(s.id)) continue;
    matchedIds.add(s.id);
    matched.push(s);
  }
  const next: Gap = {
    missingRequired: missingRequired.filter((s) => !otherMemberMet(s)),
    missingPreferred: missingPreferred.filter((s) => !otherMemberMet(s)),
    missingSoft,
    probablyCovered,
    matched,
    related,
    hidden,
    score: 0,
  };
  // Custom names are not resolved here (no taxonomy); the engine's exact gap replaces this soon.
  next.score = gapScore(analysis.skills, next, new Set(skills.filter((s) => s.level === 'learning').map((s) => s.id)));
  return { ...analysis, gap: next };
}
