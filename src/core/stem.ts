/**
 * A light suffix stripper, enough to make "deploying", "deployed", "deployment" and "deploys"
 * meet, and "publishing"/"publications"/"publish". Not Porter: duty phrases are short and the
 * same stemmer runs on both sides, so consistency matters more than linguistics.
 */
const SUFFIXES = ['ational', 'ization', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 'ly', 's'];

/** Words repeat across postings: stems are remembered (bounded, so a long session can't grow it). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = computeStem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, s);
  return s;
}

function computeStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 4) return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') w += 'y';
      break;
    }
  }
  // "publicat" (publication) and "publish" meet at "publi"; "analys"/"analyz" at "analy". Ends
  // compared, not replaced by regexes: the role models stem 3,000 words as a page's engine starts.
  if (w.endsWith('icat')) w = `${w.slice(0, -4)}i`;
  else if (w.endsWith('ish')) w = `${w.slice(0, -3)}i`;
  if (w.endsWith('ys') || w.endsWith('yz')) w = `${w.slice(0, -2)}y`;
  return w.endsWith('e') ? w.slice(0, -1) : w;
}

export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in into is it its of on or our the their this to with you your we will who what all any across other others such using use via within new including include etc high level work working strong ability able'.split(' '),
);

/** Per word: its stem, or null for a stopword or a one-letter word (bounded like the stems). */
const contentCache = new Map<string, string | null>();

/** A lower-case word's stem when it is a content word, else null: one look-up a token for the duty index. */
export function contentStem(word: string): string | null {
  const hit = contentCache.get(word);
  if (hit !== undefined) return hit;
  const s = word.length < 2 || STOPWORDS.has(word) ? null : stem(word);
  if (contentCache.size >= CACHE_LIMIT) contentCache.clear();
  contentCache.set(word, s);
  return s;
}

/** Content-word stems of a phrase or sentence. */
export function contentStems(text: string): string[] {
  const lower = text.toLowerCase();
  // ASCII text (the role models' 300 duty phrases, read as a page's engine starts) is cut by a
  // plain pattern: the Unicode one is slower to compile and to run the first time. The same words
  // ([\p{L}\p{N}] is [a-z0-9] there), and the empty ends of split() are too short to count.
  const words = /[\u0080-\uffff]/.test(lower) ? (lower.match(/[\p{L}\p{N}+#]+/gu) ?? []) : lower.split(/[^a-z0-9+#]+/);
  const out: string[] = [];
  for (const w of words) if (w.length >= 2 && !STOPWORDS.has(w)) out.push(stem(w));
  return out;
}
