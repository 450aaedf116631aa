import { isWordChar } from './char-codes';
import { lowerOf, lowerSource } from './folded';

/**
 * Many cue patterns found in a whole text in one pass: they are joined into one regex, run once
 * over the lower-cased text, and each sentence then asks whether a match of a cue starts inside
 * it (Hits), instead of running every pattern on every sentence. Which patterns are the cues is
 * the caller's (sentence-cues.ts).
 */

/** All cues in one regex, compiled once; which cue matched is told by its capture group. */
export interface CueScanner<Name extends string> {
  names: Name[];
  firstGroup: number[];
  /** Case-sensitive, for lower-cased text: every cue but "$120k" starts at a word boundary. */
  words: RegExp;
  /** The cues at a "$" that no word char precedes (no word boundary there), sticky, for lower-cased text. */
  dollar: RegExp;
  /** The one pass over lower-cased text, case-sensitive: what the two above stand for. */
  lower: RegExp;
  /** Case-insensitive, for text whose lower-casing changes its length (offsets must hold). */
  mixed: RegExp;
}

/**
 * A pattern's source with its numbered groups made non-capturing ("(is|are)" → "(?:is|are)"):
 * the scan asks only which cue matched, and every capture is work for the regex engine at each
 * place it tries a cue. Escapes and character classes are kept as they are.
 */
function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '(' && source[i + 1] !== '?' ? '(?:' : c;
  }
  return out;
}

/**
 * How many named groups a pattern's source holds ("(?<year>…)", not the look-behinds "(?<=", "(?<!"):
 * the groups withoutCaptures leaves capturing. Counted in the source rather than by compiling each
 * cue and running it on "" (which cost the page milliseconds as /engine.js loaded).
 */
export function namedGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source.startsWith('?<', i + 1) && source[i + 3] !== '=' && source[i + 3] !== '!') n++;
  }
  return n;
}

export function cueScanner<Name extends string>(cues: ReadonlyArray<[Name, RegExp]>): CueScanner<Name> {
  // A cue's own leading \b is dropped: each is tried after one \b (or at a "$", where no cue that
  // opens with \b can start), and V8 then goes to the cues by their first character.
  const groups = cues.map(([, r]) => `(${withoutCaptures(lowerSource(r)).replace(/^\\b/, '')})`).join('|');
  // Every cue starts a word (or a "$"): checked first, so alternatives aren't tried at every character.
  const body = `(?:\\b|(?=\\$))(?:${groups})`;
  const firstGroup: number[] = [];
  let g = 1;
  for (const [, r] of cues) {
    firstGroup.push(g);
    // The cue's own group plus the groups inside it that still capture (named ones).
    g += 1 + namedGroups(r.source);
  }
  // No cue starts with a space: a word's end before one (half the \b of a text) is passed over by
  // one look at the next character, where V8 would try the first character of every cue's
  // alternatives (the scan of the words 18 % faster, its matches the same on the 555 texts of
  // benchmarks/analysis-hash.ts).
  return { names: cues.map(([n]) => n), firstGroup, words: new RegExp(`\\b(?=\\S)(?:${groups})`, 'g'), dollar: new RegExp(body, 'y'), lower: new RegExp(body, 'g'), mixed: new RegExp(body, 'gi') };
}

/** A cue's match: where it starts and ends, and which cue (index into the scanner's names). */
type CueMatch = [start: number, end: number, cue: number];

function matchesOf<Name extends string>(re: RegExp, subject: string, scanner: CueScanner<Name>, out: CueMatch[]): void {
  for (let m = re.exec(subject); m; m = re.global ? re.exec(subject) : null) {
    out.push([m.index, m.index + m[0].length, scanner.firstGroup.findIndex((fg) => m![fg] !== undefined)]);
    if (m[0] === '') re.lastIndex++;
  }
}

/**
 * The matches one pass of `(?:\b|(?=\$))(?:cues)` would find, from two cheaper ones: the cues at
 * word boundaries (the look-ahead for "$" at every boundary costs as much as the cues), and at
 * each "$" after a non-word character. Where a "$" match would hide the start of a word match,
 * the one pass would go on from a place the word pass never tried: null, and the caller runs it.
 */
function cueMatches<Name extends string>(lower: string, scanner: CueScanner<Name>): CueMatch[] | null {
  const words: CueMatch[] = [];
  scanner.words.lastIndex = 0;
  matchesOf(scanner.words, lower, scanner, words);
  const dollars: CueMatch[] = [];
  for (let q = lower.indexOf('$'); q >= 0; q = lower.indexOf('$', q + 1)) {
    if (q > 0 && isWordChar(lower.charCodeAt(q - 1))) continue;
    scanner.dollar.lastIndex = q;
    matchesOf(scanner.dollar, lower, scanner, dollars);
  }
  if (dollars.length === 0) return words;
  const out: CueMatch[] = [];
  let next = 0;
  for (let i = 0, j = 0; i < words.length || j < dollars.length; ) {
    const fromWords = j >= dollars.length || (i < words.length && words[i]![0] < dollars[j]![0]);
    const m = fromWords ? words[i++]! : dollars[j++]!;
    if (m[0] < next) {
      if (fromWords) return null;
      continue;
    }
    out.push(m);
    next = m[1] > m[0] ? m[1] : m[0] + 1;
  }
  return out;
}

/**
 * Where each cue occurs in the whole text: one pass of one combined regex instead of one call
 * per sentence and cue; a sentence then asks whether a match of a cue starts inside it.
 */
export class Hits<Name extends string> {
  private readonly starts = new Map<Name, number[]>();
  constructor(text: string, scanner: CueScanner<Name>) {
    for (const name of scanner.names) this.starts.set(name, []);
    // Case-insensitive alternations are slow in V8: match lower-case text case-sensitively.
    const lower = lowerOf(text);
    const same = lower.length === text.length;
    let found = same ? cueMatches(lower, scanner) : null;
    if (found === null) {
      found = [];
      const re = same ? scanner.lower : scanner.mixed;
      re.lastIndex = 0;
      matchesOf(re, same ? lower : text, scanner, found);
    }
    for (const [start, , cue] of found) if (cue >= 0) this.starts.get(scanner.names[cue]!)!.push(start);
  }
  within(name: Name, start: number, end: number): boolean {
    return this.firstWithin(name, start, end) >= 0;
  }
  /** Where the first match of a cue starts within start..end, or -1. */
  firstWithin(name: Name, start: number, end: number): number {
    const starts = this.starts.get(name)!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! < end ? starts[lo]! : -1;
  }
}
