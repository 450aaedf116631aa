import { joinPoints } from './run-together';

/**
 * Splits text into word tokens (runs of letters and digits), single punctuation tokens and
 * newline tokens, with UTF-16 offsets into the original text. One regex pass, no copies of the
 * text: the matcher, the evidence rules and the section splitter all work on this stream.
 */
export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Newline = 2,
}

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** Lower-cased token text ('' for newlines). */
  readonly lower: string[];
  /** 1 when whitespace (or the start of text) comes right before the token. */
  readonly spaced: Uint8Array;
}

function grow(start: Int32Array, end: Int32Array, kind: Uint8Array, spaced: Uint8Array) {
  const i32 = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  const u8 = (a: Uint8Array) => {
    const b = new Uint8Array(a.length * 2);
    b.set(a);
    return b;
  };
  return { start: i32(start), end: i32(end), kind: u8(kind), spaced: u8(spaced) };
}

const WORD_RE = /[\p{L}\p{N}]/u;
const NONE: number[] = [];
const SPACE_RE = /\s/u;

/** Character classes, as bits: the loop reads one cell a character for the ASCII that is nearly all text. */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
/** A letter or digit of another script. */
const OTHER_WORD = 8;
const SPACE = 16;
const WORD = LOWER | UPPER | DIGIT | OTHER_WORD;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) ASCII_CLASS[c] = LOWER;
  else if (c >= 65 && c <= 90) ASCII_CLASS[c] = UPPER;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = DIGIT;
  else if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) ASCII_CLASS[c] = SPACE;
}

/** The class of the character at i (code c): letters and digits of any script, spaces. */
function classAt(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  const ch = text[i]!;
  return WORD_RE.test(ch) ? OTHER_WORD : SPACE_RE.test(ch) ? SPACE : 0;
}

/** Growable parallel arrays: plain fields, so the hot loop touches no closure variables. */
class TokenBuffer {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  spaced: Uint8Array;
  lower: string[] = [];
  n = 0;
  prevEnd = 0;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.spaced = new Uint8Array(capacity);
  }
  push(s: number, e: number, k: TokenKind, low: string): void {
    if (this.n === this.start.length) ({ start: this.start, end: this.end, kind: this.kind, spaced: this.spaced } = grow(this.start, this.end, this.kind, this.spaced));
    const n = this.n++;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = k;
    this.spaced[n] = s === 0 || s > this.prevEnd ? 1 : 0;
    this.lower.push(low);
    this.prevEnd = e;
  }
}

export function tokenize(text: string): Tokens {
  // A first guess at the token count (about one token per four code units); grown on demand.
  const b = new TokenBuffer(Math.max(16, text.length >> 2));
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      b.push(i, i + 1, TokenKind.Newline, '');
      i++;
      continue;
    }
    const cls = classAt(text, i, c);
    if (cls & WORD) {
      // A lower-case letter then a capital or a digit is where glued words may join: only such
      // words are worth looking at for joins.
      let mixed = false;
      let plain = cls === LOWER;
      let prev = cls;
      let prev2 = 0;
      let j = i + 1;
      for (; j < len; j++) {
        const d = text.charCodeAt(j);
        const dc = d < 128 ? ASCII_CLASS[d]! : classAt(text, j, d);
        if (!(dc & WORD)) break;
        if (plain && !(dc & (LOWER | DIGIT))) plain = false;
        if (!mixed && ((prev === LOWER && dc & (UPPER | DIGIT)) || (prev === UPPER && dc === DIGIT))) mixed = true;
        // Two capitals then a small letter: an acronym glued to a capitalised word ("MATLABProficient").
        if (!mixed && prev2 === UPPER && prev === UPPER && dc === LOWER && j - i >= 3) mixed = true;
        prev2 = prev;
        prev = dc;
      }
      const word = text.slice(i, j);
      const joins = mixed ? joinPoints(word) : NONE;
      if (joins.length === 0) {
        // Most words are already lower-case ASCII: no second string for them.
        b.push(i, j, TokenKind.Word, plain ? word : word.toLowerCase());
      } else {
        // A word glued to the next list item ("learningExperience"): separate tokens, as if spaced.
        const cuts = [0, ...joins, word.length];
        for (let k = 0; k + 1 < cuts.length; k++) {
          if (k > 0) b.prevEnd = -1;
          b.push(i + cuts[k]!, i + cuts[k + 1]!, TokenKind.Word, word.slice(cuts[k], cuts[k + 1]).toLowerCase());
        }
      }
      i = j;
      continue;
    }
    if (cls === SPACE) {
      i++;
      continue;
    }
    // "&amp;": an ampersand left escaped by the page's own HTML ("Trust &amp; Safety", "Weights &amp;
    // Biases" in scraped descriptions) is one "&".
    if (c === 38 && text.startsWith('amp;', i + 1)) {
      b.push(i, i + 5, TokenKind.Punct, '&');
      i += 5;
      continue;
    }
    // One punctuation mark (a whole code point: emoji are two code units).
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    b.push(i, i + width, TokenKind.Punct, text.slice(i, i + width));
    i += width;
  }
  return { text, count: b.n, start: b.start, end: b.end, kind: b.kind, lower: b.lower, spaced: b.spaced };
}

/** Whether token i is written in lower case: "engineering", not "Engineering" or "5G". */
export function startsLower(t: Tokens, i: number): boolean {
  const c = t.text.charCodeAt(t.start[i]!);
  return c >= 97 && c <= 122;
}

/** A token's original text. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}
