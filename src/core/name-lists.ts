import { TokenKind, type Tokens } from './tokenize';

/** What joins the items of a list of names: ", ", "&", "/", "and", "or" (joint-names.ts joins two fields of one title with fewer). */
const LIST_GLUE: ReadonlySet<string> = new Set([',', '&', '/', 'and', 'or']);

export const isGlue = (t: Tokens, i: number): boolean => LIST_GLUE.has(t.lower[i]!);

/** Only list glue (", and", "/", "&") between two mentions, the one ending at token last and the next starting at first. */
export function gluedList(t: Tokens, last: number, first: number): boolean {
  const gap = first - last - 1;
  if (gap < 1 || gap > 2) return false;
  for (let i = last + 1; i < first; i++) if (!isGlue(t, i)) return false;
  return true;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/** A word written with a capital, the way names of teams and employers are. */
export const capitalWord = (t: Tokens, i: number): boolean => t.kind[i] === TokenKind.Word && isCapital(t.text.charCodeAt(t.start[i]!));

/**
 * The token before a list of capitalised names that ends at token i, at most `reach` tokens back:
 * from "Anthropic" of "at: Google Brain / Deepmind, Apple, Meta, Anthropic", the ":".
 */
export function beforeNames(t: Tokens, i: number, reach: number): number {
  for (let n = 0; n < reach && i >= 0 && (isGlue(t, i) || capitalWord(t, i)); n++) i--;
  return i;
}
