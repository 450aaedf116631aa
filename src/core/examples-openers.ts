import { EXAMPLES_OPENER_LIST } from './lexicon/examples-openers';
import { phrases } from './lexicon/lexicon';
import { TokenKind, type Tokens } from './tokenize';

/** The openers of examples, as the lexicon writes them (lexicon/examples-openers.ts). */
export const EXAMPLES_OPENERS: readonly string[] = phrases(EXAMPLES_OPENER_LIST);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The openers as one regular-expression alternation, for text: a dot may be left out or followed
 * by a space ("e.g", "e. g.", "incl"), words are apart by any space, and "including but not
 * limited to" is "including". No anchors or flags: each reader sets its own.
 */
export function examplesOpenerSource(): string {
  return EXAMPLES_OPENERS.map((p) =>
    p
      .split(' ')
      .map((w) => w.split('.').map(escape).join('\\.? ?').replace(/(?:\\\.\? \?)$/, '\\.?'))
      .join('\\s+'),
  )
    .map((p) => `${p}(?:,? but not limited to)?`)
    .join('|');
}

/** Each opener's words without its dots: "e.g." is e, g; "such as" is such, as. */
const OPENER_WORDS: ReadonlyArray<readonly string[]> = EXAMPLES_OPENERS.map((p) => p.split(/[\s.]+/).filter(Boolean));

/**
 * The token right before an opener that ends at token i ("teams" of "teams such as", -1 at the
 * text's start), or null when none ends there.
 */
export function beforeOpenerAt(t: Tokens, i: number): number | null {
  for (const words of OPENER_WORDS) {
    let k = i;
    if (k >= 0 && t.lower[k] === '.') k--;
    let ok = true;
    for (let w = words.length - 1; w >= 0 && ok; w--) {
      if (k < 0 || t.kind[k] !== TokenKind.Word || t.lower[k] !== words[w]) ok = false;
      else {
        k--;
        // "e.g.": the dot between the letters.
        if (w > 0 && k >= 0 && t.lower[k] === '.') k--;
      }
    }
    if (ok) return k;
  }
  return null;
}
