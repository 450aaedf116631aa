import { ITEM_OPENER_LIST } from './lexicon/item-openers';
import { phrases } from './lexicon/lexicon';
/**
 * Real postings often lose their line breaks upstream, gluing one list item to the next:
 * "…in machine learningExperience with Docker…". The words that open items, as they are written
 * there: capitalised.
 */
export const ITEM_OPENERS: readonly string[] = phrases(ITEM_OPENER_LIST).map((w) => w[0]!.toUpperCase() + w.slice(1));

/**
 * Small words that scraped text glues to the name after them: "tools such asPyTorch",
 * "expertise inKubernetes". No tool's name starts with one of them and then a capital.
 */
const GLUED_BEFORE = 'as|in|with|including|using|like|and|or|of|for|on|via|from|into|especially';

/** The openers by their first letter (every one starts with an ASCII capital): a join point is tried against a few, with no slice. */
const OPENERS_BY_LETTER: ReadonlyArray<readonly string[]> = (() => {
  const by: string[][] = Array.from({ length: 26 }, () => []);
  for (const w of ITEM_OPENERS) by[w.charCodeAt(0) - 65]!.push(w);
  return by;
})();
const GLUED_SET: ReadonlySet<string> = new Set(GLUED_BEFORE.split('|'));
const LONGEST_GLUED = Math.max(...GLUED_BEFORE.split('|').map((w) => w.length));

const LL = /\p{Ll}/u;
const LU = /\p{Lu}/u;
const L = /\p{L}/u;
const isLl = (w: string, i: number) => {
  const c = w.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LL.test(w[i]!);
};
const isLu = (w: string, i: number) => {
  const c = w.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : LU.test(w[i]!);
};
const isL = (w: string, i: number) => {
  const c = w.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : L.test(w[i]!);
};
/** How many of the characters right before i (at most max) pass the test. */
function runBefore(w: string, i: number, max: number, test: (w: string, i: number) => boolean): number {
  let n = 0;
  while (n < max && i - n - 1 >= 0 && test(w, i - n - 1)) n++;
  return n;
}
function lowerToEnd(w: string, from: number): boolean {
  for (let i = from; i < w.length; i++) if (!isLl(w, i)) return false;
  return true;
}

/**
 * Whether a glued list item starts at i (0 < i < length): an item opener after two small letters (then a capital or the end: "learningExperience",
 * "systemsMust"), or after three (then small letters to the end: "teamExperienced"), or after two
 * capitals ("SQLExperience"); a digit after four letters ("Science3"); a capital after a small
 * word that opens the whole word ("asPyTorch").
 */
function joinsAt(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c >= 48 && c <= 57) return runBefore(w, i, 4, isL) === 4;
  if (i <= LONGEST_GLUED && isLu(w, i) && GLUED_SET.has(w.slice(0, i))) return true;
  // Every opener starts with an ASCII capital.
  if (c < 65 || c > 90) return false;
  const lower = runBefore(w, i, 3, isLl);
  const upper = lower === 0 ? runBefore(w, i, 2, isLu) : 0;
  if (lower < 2 && upper < 2) return false;
  for (const opener of OPENERS_BY_LETTER[c - 65]!) {
    if (!w.startsWith(opener, i)) continue;
    const after = i + opener.length;
    const capitalNext = after < w.length && isLu(w, after);
    const smallToEnd = lowerToEnd(w, after);
    if (lower >= 2 && (after === w.length || capitalNext)) return true;
    if (lower >= 3 && smallToEnd) return true;
    if (upper >= 2 && (capitalNext || smallToEnd)) return true;
  }
  return false;
}

/** Lower case then upper case, a letter then a digit, or two capitals then a small letter: the only words worth the rules. */
function mayBeJoined(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const prev = word.charCodeAt(i - 1);
    const c = word.charCodeAt(i);
    const prevLower = prev >= 97 && prev <= 122;
    if (prevLower && c >= 65 && c <= 90) return true;
    if ((prevLower || (prev >= 65 && prev <= 90)) && c >= 48 && c <= 57) return true;
    if (i >= 2 && prev >= 65 && prev <= 90 && c >= 97 && c <= 122) {
      const before = word.charCodeAt(i - 2);
      if (before >= 65 && before <= 90) return true;
    }
  }
  return false;
}

/**
 * Offsets inside one word where a glued list item starts: "learningExperience" → [8]. The word
 * is a token's (tokenize.ts): letters and digits, never a surrogate pair, so each UTF-16 unit is
 * one character. Decided in code: one regex of these rules tried every position of every
 * mixed-case word (tests/core/run-together.test.ts keeps it and checks both agree).
 */
export function joinPoints(word: string): number[] {
  if (word.length < 5 || !mayBeJoined(word)) return [];
  const out: number[] = [];
  for (let i = 1; i < word.length; i++) if (joinsAt(word, i)) out.push(i);
  return out;
}
