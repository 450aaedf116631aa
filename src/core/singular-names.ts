import { AliasTrie } from './alias-trie';
import { capitalWord } from './name-lists';
import { isJoiner } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Names the taxonomy writes only in the plural ("Dialog systems", "Contextual bandits", "Cloud
 * Functions"), read in the text with their last word in the singular (scan.ts): when that reading
 * names the skill, and when the singular names something else.
 */

/**
 * Words that make a singular noun one particular thing: "an agile team", "our AI platform", "a
 * step function impact": every determiner of a singular noun. The widest of the engine's
 * determiner sets; names-others.ts, work-verbs.ts and initials.ts take fewer, and say why.
 */
const ONE_THING = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'this', 'that', 'each', 'every', 'any']);

/** Head nouns after which a plural-only name in the singular is their modifier: "contextual bandit algorithms", "storage system performance". */
const SINGULAR_HEADS = new Set(['algorithms', 'architectures', 'environments', 'performance']);

/**
 * Whether a name the taxonomy writes in the plural, read with its last word in the singular
 * (tokens first..last), names the skill: an item of a list or the end of its phrase ("Dialog
 * System, Search", "Cloud Function, BigQuery"), or the modifier of a head noun (SINGULAR_HEADS);
 * not one particular thing (oneThingBefore), not the start of a longer name ("a live, virtual
 * Machine Learning course", "AI system design", "deep neural network architectures"), and not
 * before other words ("internal tool alignment", "large Dataset Pre-processing", "seamless data
 * flow and integration": the singular there names something else than the plural's skill).
 */
export function singularNames(t: Tokens, trie: AliasTrie, first: number, last: number): boolean {
  if (oneThingBefore(t, trie, first) || longerNameInside(t, trie, first, last)) return false;
  const n = last + 1;
  if (n >= t.count || t.kind[n] === TokenKind.Newline) return true;
  if (t.kind[n] === TokenKind.Word) return SINGULAR_HEADS.has(t.lower[n]!);
  return !isJoiner(t.lower[n]!);
}

/** A name written exactly that starts after a match's first token and runs to its last or past it: the text names it rather than the singular reading ("deep neural network" is a neural network). */
function longerNameInside(t: Tokens, trie: AliasTrie, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) {
    let node: number = AliasTrie.ROOT;
    for (let j = k; j < t.count && j <= last + 3; j++) {
      if (isJoiner(t.lower[j]!)) continue;
      node = trie.child(node, t.lower[j]!);
      if (node < 0) break;
      if (j >= last && trie.entry(node)) return true;
    }
  }
  return false;
}

/**
 * What makes a name read in the singular one particular thing rather than the skill the plural
 * names: a determiner before it ("an agile team", "our AI platform", "a step function impact"), a
 * proper name it belongs to ("for Cerebras AI platform", "the Kayak inference engine"), or a name
 * it starts inside of ("semi supervised model building" is no supervised model).
 */
function oneThingBefore(t: Tokens, trie: AliasTrie, first: number): boolean {
  const p = first - 1;
  if (p < 0 || t.kind[p] !== TokenKind.Word) return false;
  if (ONE_THING.has(t.lower[p]!)) return true;
  if (properNameBefore(t, p)) return true;
  const own = trie.child(AliasTrie.ROOT, t.lower[p]!);
  return own >= 0 && trie.child(own, t.lower[first]!) >= 0;
}

/**
 * Capitalised words ending at p that follow a word in lower case: a proper name in running text
 * ("for Cerebras AI platform", "the Together AI inference engine"). Not words in title case from a
 * line's start ("Experience With Cloud Function").
 */
function properNameBefore(t: Tokens, p: number): boolean {
  if (!capitalWord(t, p)) return false;
  let k = p;
  while (k > 0 && capitalWord(t, k - 1) && t.spaced[k] === 1) k--;
  return k > 0 && t.kind[k - 1] === TokenKind.Word && t.spaced[k] === 1;
}
