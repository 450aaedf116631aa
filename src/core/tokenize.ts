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
const SPACE_RE = /\s/u;

/** Letters and digits of any script; ASCII decided without a regex since it is nearly all text. */
function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_RE.test(ch);
}

function isSpaceCode(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
  return SPACE_RE.test(ch);
}

export function tokenize(text: string): Tokens {
  // A first guess at the token count (about one token per five code units); grown on demand.
  let start = new Int32Array(Math.max(16, text.length >> 2));
  let end = new Int32Array(start.length);
  let kind = new Uint8Array(start.length);
  let spaced = new Uint8Array(start.length);
  const lower: string[] = [];
  let n = 0;
  let prevEnd = 0;
  const len = text.length;
  const push = (s: number, e: number, k: TokenKind, low: string) => {
    if (n === start.length) ({ start, end, kind, spaced } = grow(start, end, kind, spaced));
    start[n] = s;
    end[n] = e;
    kind[n] = k;
    spaced[n] = s === 0 || s > prevEnd ? 1 : 0;
    lower.push(low);
    n++;
  };
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i, i + 1, TokenKind.Newline, '');
      prevEnd = ++i;
      continue;
    }
    const ch = text[i]!;
    if (isWordCode(c, ch)) {
      let j = i + 1;
      while (j < len && isWordCode(text.charCodeAt(j), text[j]!)) j++;
      const word = text.slice(i, j);
      const joins = joinPoints(word);
      if (joins.length === 0) {
        push(i, j, TokenKind.Word, word.toLowerCase());
      } else {
        // A word glued to the next list item ("learningExperience"): separate tokens, as if spaced.
        const cuts = [0, ...joins, word.length];
        for (let k = 0; k + 1 < cuts.length; k++) {
          if (k > 0) prevEnd = -1;
          push(i + cuts[k]!, i + cuts[k + 1]!, TokenKind.Word, word.slice(cuts[k], cuts[k + 1]).toLowerCase());
        }
      }
      prevEnd = j;
      i = j;
      continue;
    }
    if (isSpaceCode(c, ch)) {
      i++;
      continue;
    }
    // One punctuation mark (a whole code point: emoji are two code units).
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    push(i, i + width, TokenKind.Punct, text.slice(i, i + width));
    i += width;
    prevEnd = i;
  }
  return { text, count: n, start, end, kind, lower, spaced };
}

/** A token's original text. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}
