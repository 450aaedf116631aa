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

const NO_JOINS: number[] = [];

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

const TOKEN_RE = /([\p{L}\p{N}]+)|(\n)|([^\s\p{L}\p{N}])/gu;

export function tokenize(text: string): Tokens {
  // A first guess at the token count (about one token per five code units); grown on demand.
  let start = new Int32Array(Math.max(16, text.length >> 2));
  let end = new Int32Array(start.length);
  let kind = new Uint8Array(start.length);
  let spaced = new Uint8Array(start.length);
  const lower: string[] = [];
  let n = 0;
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (n === start.length) ({ start, end, kind, spaced } = grow(start, end, kind, spaced));
    const s = m.index;
    start[n] = s;
    end[n] = s + m[0].length;
    spaced[n] = s === 0 || s > prevEnd ? 1 : 0;
    const joins = m[1] !== undefined ? joinPoints(m[1]) : NO_JOINS;
    if (joins.length > 0) {
      // A word glued to the next list item ("learningExperience"): separate tokens, as if spaced.
      const word = m[1]!;
      const cuts = [0, ...joins, word.length];
      for (let c = 0; c + 1 < cuts.length; c++) {
        if (c > 0) {
          n++;
          if (n === start.length) ({ start, end, kind, spaced } = grow(start, end, kind, spaced));
          spaced[n] = 1;
        }
        start[n] = s + cuts[c]!;
        end[n] = s + cuts[c + 1]!;
        kind[n] = TokenKind.Word;
        lower.push(word.slice(cuts[c], cuts[c + 1]).toLowerCase());
      }
    } else if (m[1] !== undefined) {
      kind[n] = TokenKind.Word;
      lower.push(m[1].toLowerCase());
    } else if (m[2] !== undefined) {
      kind[n] = TokenKind.Newline;
      lower.push('');
    } else {
      kind[n] = TokenKind.Punct;
      lower.push(m[0]);
    }
    prevEnd = s + m[0].length;
    n++;
  }
  return { text, count: n, start, end, kind, lower, spaced };
}

/** A token's original text. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}
