import type { Analysis, SkillHit, SkillRef } from './types';

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

/** Fields of the gap's shape this module reads when they are there (alternatives, soft skills). */
type HitShape = SkillHit & { anyOf?: readonly string[]; soft?: true };
type Listed = SkillRef & { anyOf?: readonly string[] };

/**
 * Counted from the gap's own lists, so whatever the gap decides the sentence follows: a skill
 * counts where the posting asks it; alternatives ("AWS, GCP or Azure") are one ask, had when any
 * of them is; soft skills are left out, as from the score; a related or probably-covered skill
 * is asked and not had; mentioned-only skills are not asked.
 */
export function verdictOf(analysis: Pick<Analysis, 'skills' | 'gap'>): Verdict {
  const hits = new Map((analysis.skills as HitShape[]).map((h) => [h.id, h]));
  const asks = new Map<string, { importance: 'required' | 'preferred'; had: boolean }>();
  const note = (ref: Listed, had: boolean, fallback: 'required' | 'preferred' | null) => {
    const hit = hits.get(ref.id);
    if (hit?.soft) return;
    const importance = hit && hit.importance !== 'mentioned' ? hit.importance : fallback;
    if (!importance) return;
    const group = ref.anyOf ?? hit?.anyOf;
    const key = group ? `any:${[...group].sort().join('|')}` : ref.id;
    const cur = asks.get(key);
    asks.set(key, {
      importance: cur?.importance === 'required' || importance === 'required' ? 'required' : 'preferred',
      had: (cur?.had ?? false) || had,
    });
  };
  const gap = analysis.gap as Analysis['gap'] & { probablyCovered?: SkillRef[] };
  for (const s of gap.matched) note(s, true, null);
  for (const s of gap.missingRequired) note(s, false, 'required');
  for (const s of gap.missingPreferred) note(s, false, 'preferred');
  for (const s of gap.related) note(s, false, null);
  for (const s of gap.probablyCovered ?? []) note(s, false, null);
  const required: Count = { have: 0, total: 0 };
  const preferred: Count = { have: 0, total: 0 };
  for (const a of asks.values()) {
    const count = a.importance === 'required' ? required : preferred;
    count.total++;
    if (a.had) count.have++;
  }
  return { required, preferred };
}

/** "You have 9 of 12 required skills" (the headline), or null when the posting asks none. */
export function verdictLine(count: Count, kind: 'required' | 'nice-to-have'): string | null {
  if (count.total === 0) return null;
  const noun = count.total === 1 ? 'skill' : 'skills';
  return `You have ${count.have} of ${count.total} ${kind} ${noun}`;
}
