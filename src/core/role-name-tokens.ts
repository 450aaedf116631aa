import { TokenKind, type Tokens } from './tokenize';

/**
 * Walking the tokens around a role's name (role-names.ts): the next word of the name, the words
 * before it that say whose job it is, the text's first word.
 */

/** What may stand where a name has its comma: "Software Engineer, ML", "Software Engineer - ML", "Software Engineer (ML)". */
export const NAME_SEPARATORS = new Set([',', '-', '\u2013', '\u2014', ':', '(']);

/**
 * The next word token after i within the same phrase (a hyphen or slash may join: "AI/ML"), or
 * -1; a comma only where the name has one.
 */
export function nextWord(tokens: Tokens, i: number, comma: boolean): number {
  for (let j = i + 1; j < tokens.count; j++) {
    if (tokens.kind[j] === TokenKind.Word) return j;
    const p = tokens.lower[j]!;
    if (comma && NAME_SEPARATORS.has(p)) return j;
    // An abbreviation in brackets inside the name: "Business Intelligence (BI) Developer".
    if (p === '(' && tokens.kind[j + 1] === TokenKind.Word && tokens.lower[j + 2] === ')') {
      j += 2;
      continue;
    }
    if (p !== '-' && p !== '/') return -1;
  }
  return -1;
}

/** The word tokens just before i (up to three), lower-cased, nearest first. */
export function wordsBefore(tokens: Tokens, i: number, max = 3): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && out.length < max; j--) {
    if (tokens.kind[j] === TokenKind.Newline) break;
    if (tokens.kind[j] === TokenKind.Word) out.push(tokens.lower[j]!);
  }
  return out;
}

/** The text's first word token, or -1. */
export function firstWord(tokens: Tokens): number {
  for (let j = 0; j < tokens.count; j++) if (tokens.kind[j] === TokenKind.Word) return j;
  return -1;
}
