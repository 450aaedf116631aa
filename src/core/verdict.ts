import { asksOf } from './gap';
import type { Analysis, SkillRef } from './types';

/**
 * The one set of thresholds for "how well do I match this posting": the toolbar badge and the
 * popup colour and word the score from here, so a 55 % posting reads the same in both.
 */
export type MatchLevel = 'good' | 'fair' | 'poor';

/** Lower bounds, inclusive: a good match from 60 %, a partial one from 35 %. */
export const MATCH_THRESHOLDS = { good: 0.6, fair: 0.35 } as const;

export function matchLevel(score: number): MatchLevel {
  const s = Number.isFinite(score) ? score : 0;
  return s >= MATCH_THRESHOLDS.good ? 'good' : s >= MATCH_THRESHOLDS.fair ? 'fair' : 'poor';
}

export const MATCH_WORD: Record<MatchLevel, string> = { good: 'Good match', fair: 'Partial match', poor: 'Weak match' };

/** What the percentage measures, for the hover title and screen readers. */
export const MATCH_MEANING =
  'The share of the skills this posting asks for that are on your list. Required skills count twice as much as nice-to-have ones; a skill you are still learning or only have a close relative of counts half.';

export interface Count {
  have: number;
  total: number;
}

/** "You have 9 of 12 required skills", and the nice-to-have ones apart. */
export interface Verdict {
  required: Count;
  preferred: Count;
}

/**
 * Counted over the posting's asks as the gap score counts them (src/core/gap.ts), and placed by
 * the gap's own lists, so the sentence follows whatever the gap decides: alternatives ("AWS, GCP
 * or Azure") are one ask, had when any of them is; soft skills and skills marked "not asked
 * here" are left out; a related or probably-covered skill is asked and not had; an industry
 * (in no list) and mentioned-only skills are not asked.
 */
export function verdictOf(analysis: Pick<Analysis, 'skills' | 'gap'>): Verdict {
  const { gap } = analysis;
  const ids = (list: readonly SkillRef[] | undefined) => new Set((list ?? []).map((s) => s.id));
  const matched = ids(gap.matched);
  const notHad = new Set([...ids(gap.missingRequired), ...ids(gap.missingPreferred), ...ids(gap.related), ...ids(gap.probablyCovered)]);
  const required: Count = { have: 0, total: 0 };
  const preferred: Count = { have: 0, total: 0 };
  for (const ask of asksOf(analysis.skills, ids(gap.hidden))) {
    if (ask.importance === 'mentioned' || ask.hits.every((h) => h.soft)) continue;
    const listed = (set: ReadonlySet<string>) => ask.ids.some((id) => set.has(id)) || ask.hits.some((h) => set.has(h.id));
    // Met: a member on the list, or a group met through a member the posting doesn't name.
    const had = listed(matched) || (ask.group && !listed(notHad));
    if (!had && !listed(notHad)) continue;
    const count = ask.importance === 'required' ? required : preferred;
    count.total++;
    if (had) count.have++;
  }
  return { required, preferred };
}

/** "You have 9 of 12 required skills" (the headline), or null when the posting asks none. */
export function verdictLine(count: Count, kind: 'required' | 'nice-to-have'): string | null {
  if (count.total === 0) return null;
  const noun = count.total === 1 ? 'skill' : 'skills';
  return `You have ${count.have} of ${count.total} ${kind} ${noun}`;
}
