import { HEADING_LISTS } from './headings';
import { phrases, type HeadingKind } from './lexicon';

export type { HeadingKind };

export interface HeadingPhrase {
  kind: HeadingKind;
  /** A heading only postings have (a `heading-*` list), not a section word (`section-word-*`). */
  posting: boolean;
}

export interface FoundPhrase extends HeadingPhrase {
  /** Word positions in the normalised heading, end excluded. */
  start: number;
  end: number;
}

export interface HeadingPhrases {
  /** Lower case, straight apostrophes, "&" as "and", other marks and hyphens as single spaces. */
  normalize(heading: string): string;
  /** Every lexicon phrase in the heading, at word boundaries. */
  findAll(heading: string): FoundPhrase[];
  /** The longest posting heading the text starts with. */
  startingWith(heading: string): HeadingPhrase | null;
  /** The posting headings as postings write them, for finding them run into the text. */
  written: readonly string[];
}

function normalize(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** Short words a title-cased heading often keeps in lower case: "About the Role", "Nice to Have". */
const SMALL = new Set(['a', 'an', 'and', 'at', 'for', 'if', 'in', 'of', 'on', 'the', 'to', 'with']);
/** Title Case that keeps only its articles low: "You May Be a Good Fit If You". */
const ARTICLES = new Set(['a', 'an', 'the']);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * How postings write a heading: Title Case ("About The Role"), Title Case with its small words
 * or only its articles kept low ("About the Role"), and the first word alone capitalised ("The
 * opportunity", "What you need to succeed") unless it is short and opens with "you": a sentence
 * "You have AWS…" is no heading.
 * Compounds also hyphenated ("Nice-to-Have", "Must-Have", "Day-to-Day"); each also with the
 * typographic apostrophe ("What You’ll Do"), and "and" also as "&".
 */
function writtenForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const forms = [
    words.map(cap).join(' '),
    words.map((w, i) => (i > 0 && SMALL.has(w) ? w : cap(w))).join(' '),
    words.map((w, i) => (i > 0 && ARTICLES.has(w) ? w : cap(w))).join(' '),
  ];
  // Four words or more read as a heading even when they open with "you" ("You might also have").
  if (words.length > 1 && (words[0] !== 'you' || words.length >= 4)) forms.push(cap(phrase));
  if (/\b(to|must) haves?$|^day to day$/.test(phrase)) forms.push(...forms.map((f) => f.replace(/ /g, '-')));
  // "Ideally, You'd Have": the adverb set off by its comma.
  if (words[0] === 'ideally') forms.push(...forms.map((f) => f.replace(' ', ', ')));
  // "Knowledge, Skills and Abilities", "Knowledge, Skills, and Abilities".
  if (words.length === 4 && words[2] === 'and') forms.push(...forms.slice(0, 2).flatMap((f) => [f.replace(' ', ', '), f.replace(' ', ', ').replace(/ (and|And) /, ', $1 ')]));
  const apostrophes = forms.flatMap((f) => (f.includes("'") ? [f, f.replace(/'/g, '\u2019')] : [f]));
  // "Skills & Experience", and as scraped text keeps it, "Skills &amp; Experience".
  return apostrophes.flatMap((f) => (f.includes(' and ') ? [f, f.replace(/ and /g, ' & '), f.replace(/ and /g, ' &amp; ')] : [f]));
}

function build(): HeadingPhrases {
  const byPhrase = new Map<string, HeadingPhrase>();
  for (const list of HEADING_LISTS) {
    const [, strength, kind] = /^(heading|section-word)-(.+)$/.exec(list.kind)!;
    for (const p of phrases(list)) byPhrase.set(p, { kind: kind as HeadingKind, posting: strength === 'heading' });
  }
  // First word → the phrases that start with it, as word arrays.
  const byFirst = new Map<string, Array<{ words: string[]; phrase: HeadingPhrase }>>();
  for (const [p, phrase] of byPhrase) {
    const words = p.split(' ');
    const entry = byFirst.get(words[0]!) ?? [];
    entry.push({ words, phrase });
    byFirst.set(words[0]!, entry);
  }
  const matches = (c: { words: string[] }, words: readonly string[], i: number) => {
    for (let k = 1; k < c.words.length; k++) if (words[i + k] !== c.words[k]) return false;
    return true;
  };
  return {
    normalize,
    findAll(heading) {
      const words = normalize(heading).split(' ');
      const out: FoundPhrase[] = [];
      for (let i = 0; i < words.length; i++) {
        const candidates = byFirst.get(words[i]!);
        if (candidates) for (const c of candidates) if (matches(c, words, i)) out.push({ ...c.phrase, start: i, end: i + c.words.length });
      }
      return out;
    },
    startingWith(heading) {
      const words = normalize(heading).split(' ');
      let best: { words: string[]; phrase: HeadingPhrase } | null = null;
      for (const c of byFirst.get(words[0]!) ?? []) if (c.phrase.posting && matches(c, words, 0) && (best === null || c.words.length > best.words.length)) best = c;
      return best?.phrase ?? null;
    },
    written: [...new Set([...byPhrase].filter(([, p]) => p.posting).flatMap(([p]) => writtenForms(p)))],
  };
}

let cached: HeadingPhrases | null = null;

/** The lexicon's heading phrases, indexed once. */
export function headingPhrases(): HeadingPhrases {
  return (cached ??= build());
}
