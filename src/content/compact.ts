import type { Analysis } from '../core/types';

/**
 * The per-tab result travels to the background (kept in `storage.session`, 10 MB for every tab
 * together) and to the popup: it stays small whatever the page. A posting naming skills 75,000
 * times reported every mention (11.9 MB); the popup needs the skills, not each place they occur.
 */

/** Mentions kept per skill (the first ones, in reading order). */
export const MENTIONS_KEPT = 3;
/** Characters of a title or company name kept; the popup shows less and the rest on hover. */
export const MAX_TITLE_CHARS = 300;

export function compactAnalysis(analysis: Analysis): Analysis {
  if (analysis.skills.every((s) => s.mentions.length <= MENTIONS_KEPT)) return analysis;
  return { ...analysis, skills: analysis.skills.map((s) => (s.mentions.length <= MENTIONS_KEPT ? s : { ...s, mentions: s.mentions.slice(0, MENTIONS_KEPT) })) };
}

/** A title or company name cut to MAX_TITLE_CHARS (with an ellipsis); undefined stays undefined. */
export function shortText(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= MAX_TITLE_CHARS) return text;
  return text.slice(0, MAX_TITLE_CHARS - 1).trimEnd() + '…';
}
