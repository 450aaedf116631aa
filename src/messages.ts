import type { Analysis, Posting } from './core/types';

/**
 * Every message between the content script, the background and the popup, typed in one place.
 * Page text never travels as HTML: only plain strings that the popup renders as text.
 */
export type PageState =
  | { kind: 'posting'; posting: Pick<Posting, 'title' | 'company' | 'url' | 'source'>; analysis: Analysis }
  | { kind: 'not-posting'; reason: string; url: string };

export type Message =
  /** content → background: the tab's current result (badge and per-tab cache). */
  | { type: 'page-state'; state: PageState }
  /** popup → content: analyse the page even if it does not look like a posting. */
  | { type: 'analyze-anyway' }
  /** popup → content: current result, recomputed if stale. */
  | { type: 'get-state' }
  /** popup → content: scroll to the first mention of a skill. */
  | { type: 'reveal-skill'; skillId: string }
  /** popup → content: highlights on or off. */
  | { type: 'set-highlights'; enabled: boolean }
  /** popup → background: state cached for a tab. */
  | { type: 'get-tab-state'; tabId: number };
