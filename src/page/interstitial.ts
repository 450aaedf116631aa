/**
 * Bot-check and loading walls (Cloudflare "Just a moment…", "Attention Required!", PerimeterX's
 * "Press & Hold", DataDome's captcha frame, Akamai's and Imperva's "Access Denied") are served on
 * job URLs (Indeed, Wellfound, Glassdoor, ZipRecruiter): never a posting or a list.
 */
import { normalize } from './dom';

const TITLES = /^(just a moment|attention required|access denied|access to this page has been denied|please wait|checking your browser|security check|verify you are human|verifying you are human|additional verification required|human verification|are you a robot|request unsuccessful|pardon our interruption)/i;
const MARKERS =
  '#challenge-form, #challenge-running, #cf-wrapper, .cf-browser-verification, #cf-challenge-running, [data-translate="checking_browser"], #px-captcha, iframe[src*="captcha-delivery.com"], iframe[src*="_Incapsula_Resource"]';
const PHRASES = [
  'enable javascript and cookies to continue',
  'checking your browser before accessing',
  'verify you are human',
  'verify you are a human',
  'verifying you are human',
  'additional verification required',
  'to confirm you are a human',
  'incapsula incident id',
  'not a robot',
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
