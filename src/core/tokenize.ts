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

const TOKEN_RE = /([\p{L}\p{N}]+)|(\n)|([^\s\p{L}\p{N}])/gu;

export function tokenize(text: string): Tokens {
  // Upper bound on the number of tokens: every token is at least one code unit.
  const cap = Math.max(16, Math.min(text.length, 1 << 22));
  let start = new Int32Array(cap >> 2 || 16);
  let end = new Int32Array(start.length);
  let kind = new Uint8Array(start.length);
  let spaced = new Uint8Array(start.length);
  const lower: string[] = [];
  let n = 0;
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (n === start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      const growU8 = (a: Uint8Array) => {
        const b = new Uint8Array(a.length * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      kind = growU8(kind);
      spaced = growU8(spaced);
    }
    const s = m.index;
    start[n] = s;
    end[n] = s + m[0].length;
    spaced[n] = s === 0 || s > prevEnd ? 1 : 0;
    if (m[1] !== undefined) {
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
