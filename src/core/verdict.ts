import { asksOf } from './gap';
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
 * Counted on the same asks as the score (asksOf in gap.ts), so the sentence and the percentage
 * never disagree: alternatives ("AWS, GCP or Azure") are one ask, had when any member is; a group
 * one of whose members is asked on its own is that member's ask; soft skills and skills marked
 * "not asked here" are left out; a related or probably-covered skill is asked and not had;
 * mentioned-only skills are not asked.
 */
export function verdictOf(analysis: Pick<Analysis, 'skills' | 'gap'>): Verdict {
  const gap = analysis.gap;
  const matched = new Set(gap.matched.map((s) => s.id));
  const missing = new Set([...gap.missingRequired, ...gap.missingPreferred].map((s) => s.id));
  const hidden = new Set((gap.hidden ?? []).map((s) => s.id));
  const required: Count = { have: 0, total: 0 };
  const preferred: Count = { have: 0, total: 0 };
  for (const ask of asksOf(analysis.skills, hidden)) {
    if (ask.importance === 'mentioned' || ask.hits.every((h) => h.soft)) continue;
    const named = ask.hits.map((h) => h.id);
    // A group no member of which is listed missing was met, also through a member the posting
    // does not name ("Airflow or similar"); a skill alone is had when it is matched.
    const had = named.some((id) => matched.has(id)) || (ask.group && !named.some((id) => missing.has(id)) && !ask.ids.some((id) => missing.has(id)));
    // An industry or a field of study is in none of the lists: not something to have.
    if (!had && !named.some((id) => missing.has(id)) && !ask.group) {
      const related = [...gap.related, ...(gap.probablyCovered ?? [])].some((s) => named.includes(s.id));
      if (!related) continue;
    }
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
