import { gapScore } from '../core/gap';
import type { Analysis, Gap, SkillRef, UserSkill } from '../core/types';

/**
 * The popup's immediate update after "I have this": skills the user now has move from missing
 * (and related) to matched, and the score is recomputed by the engine's own gapScore. Used until
 * the engine's own gap (./engine-gap.ts) has loaded, and in tests. The content script re-runs the
 * full engine on the skill-list change and pushes its result, which then replaces this one.
 */
export function applyUserSkills(analysis: Analysis, skills: readonly UserSkill[]): Analysis {
  const have = new Set(skills.map((s) => s.id));
  const gap = analysis.gap;
  const moved: SkillRef[] = [];
  const keep = (list: SkillRef[]) =>
    list.filter((s) => {
      if (!have.has(s.id)) return true;
      moved.push({ id: s.id, name: s.name });
      return false;
    });
  const missingRequired = keep(gap.missingRequired);
  const missingPreferred = keep(gap.missingPreferred);
  const related = gap.related.filter((r) => !have.has(r.id));
  for (const r of gap.related) if (have.has(r.id)) moved.push({ id: r.id, name: r.name });
  if (moved.length === 0) return analysis;

  const matchedIds = new Set(gap.matched.map((s) => s.id));
  const matched = [...gap.matched];
  for (const s of moved) {
    if (matchedIds.has(s.id)) continue;
    matchedIds.add(s.id);
    matched.push(s);
  }
  const next: Gap = { missingRequired, missingPreferred, matched, related, score: 0 };
  // Custom names are not resolved here (no taxonomy); the engine's exact gap replaces this soon.
  next.score = gapScore(analysis.skills, next, new Set(skills.filter((s) => s.level === 'learning').map((s) => s.id)));
  return { ...analysis, gap: next };
}
