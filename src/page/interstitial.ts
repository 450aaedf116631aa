/**
 * Bot-check and loading walls (Cloudflare "Just a moment…", "Attention Required!") are served on
 * job URLs (Indeed, Wellfound, Glassdoor): they must never be read as a posting or a list.
 */
import { normalize } from './dom';

const TITLES = /^(just a moment|attention required|access denied|please wait|checking your browser|security check|verify you are human|additional verification required)/i;
const MARKERS = '#challenge-form, #challenge-running, #cf-wrapper, .cf-browser-verification, #cf-challenge-running, [data-translate="checking_browser"]';
const PHRASES = [
  'enable javascript and cookies to continue',
  'checking your browser before accessing',
  'verify you are human',
  'additional verification required',
];

/** The reason the page is an interstitial, or null. */
export function interstitialReason(doc: Document): string | null {
  const title = normalize(doc.querySelector('title')?.textContent ?? '');
  if (TITLES.test(title)) return `interstitial page ("${title}")`;
  if (doc.querySelector(MARKERS)) return 'Cloudflare challenge page';
  const body = normalize(doc.body?.textContent ?? '');
  // Only short pages: a long page that mentions the phrase (a help article) is not a wall.
  if (body.length < 3000 && PHRASES.some((p) => body.includes(p))) return 'bot-check page';
  return null;
}
