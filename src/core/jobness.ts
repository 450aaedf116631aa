import { phrases } from './lexicon/lexicon';
import { POSTING_PHRASE_LIST } from './lexicon/posting-phrases';
import type { Structure } from './sections';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lexicon's posting phrases, longest first, with hyphens or spaces between words and either apostrophe. */
const POSTING_PHRASES = new RegExp(
  `\\b(${phrases(POSTING_PHRASE_LIST)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '[\\s-]').replace(/'/g, "['’]"))
    .join('|')})\\b`,
  'gi',
);

/** The different posting phrases (lexicon/posting-phrases.ts) in a text, up to `limit` of them. */
export function postingPhrases(text: string, limit: number): Set<string> {
  const found = new Set<string>();
  POSTING_PHRASES.lastIndex = 0;
  for (let m = POSTING_PHRASES.exec(text); m && found.size < limit; m = POSTING_PHRASES.exec(text)) found.add(m[0].toLowerCase().replace(/[\s-]+/g, ' ').replace(/’/g, "'"));
  return found;
}

/**
 * Whether plain text reads like a job posting: recognised section headings, experience asked,
 * posting phrases, and enough skills. Saved pages are judged by the page detector instead.
 */
export function looksLikePosting(text: string, structure: Structure, skillCount: number, yearsClaims: number): boolean {
  const headingKinds = new Set(structure.headings.map((h) => h.kind));
  let score = 0;
  if (headingKinds.has('required') || headingKinds.has('preferred')) score += 2;
  if (headingKinds.has('responsibilities')) score += 2;
  if (headingKinds.has('benefits')) score += 1;
  if (yearsClaims > 0) score += 2;
  if (skillCount >= 3) score += 1;
  if (skillCount >= 8) score += 1;
  // Up to three different posting phrases count: looked for only when they can decide, and only as many as it takes.
  if (score >= 2 && score < 5) score += postingPhrases(text, 5 - score).size;
  return score >= 5 && skillCount >= 2;
}
