import type { Analysis } from './types';

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
 * Counted from the gap's own lists, so whatever the gap decides (what is asked, what a group
 * counts as) the sentence follows: a matched skill counts where the posting asks it; a related
 * one (a sibling of one you have) is asked and not had; mentioned-only skills are not asked.
 */
export function verdictOf(analysis: Pick<Analysis, 'skills' | 'gap'>): Verdict {
  const importance = new Map(analysis.skills.map((s) => [s.id, s.importance]));
  const required: Count = { have: 0, total: analysis.gap.missingRequired.length };
  const preferred: Count = { have: 0, total: analysis.gap.missingPreferred.length };
  for (const s of analysis.gap.matched) {
    const imp = importance.get(s.id);
    const count = imp === 'required' ? required : imp === 'preferred' ? preferred : null;
    if (count) {
      count.have++;
      count.total++;
    }
  }
  for (const s of analysis.gap.related) {
    const imp = importance.get(s.id);
    if (imp === 'required') required.total++;
    else if (imp === 'preferred') preferred.total++;
  }
  return { required, preferred };
}

/** "You have 9 of 12 required skills" (the headline), or null when the posting asks none. */
export function verdictLine(count: Count, kind: 'required' | 'nice-to-have'): string | null {
  if (count.total === 0) return null;
  const noun = count.total === 1 ? 'skill' : 'skills';
  return `You have ${count.have} of ${count.total} ${kind} ${noun}`;
}
