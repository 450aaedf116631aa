import { AliasTrie } from './alias-trie';
import type { AliasEntry, SkillIndex } from './skill-index';
import { isJoiner } from './skill-index';
import { singularNames } from './singular-names';
import { startsLower, TokenKind, type Tokens } from './tokenize';

/** A stretch of tokens that spells an alias of a skill. */
export interface Candidate {
  skillId: string;
  entry: AliasEntry;
  /** First and last token index, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Part of a job title ("Senior Java Developer"): names the field rather than asking for the skill. */
  inRoleName?: boolean;
  /**
   * An everyday word written in another case than the tool's ("spark", "Rest"): kept only inside
   * a list of other skills ("hive, spark, flink", "Rest/GraphQL"), see evidence.ts.
   */
  offCase?: boolean;
}

/**
 * Where step() went: the child node (-1 when the token leads nowhere), the token it consumed,
 * and whether it read a plural. Module fields rather than an object a step: the scan takes one
 * step for every token that may start an alias, a third of a posting's tokens.
 */
let stepNode = -1;
let stepAt = 0;
let stepPlural = false;
/** The step read a plural-only name's last word in the singular ("Dialog System"). */
let stepSingular = false;

/** "ss", "us", "is": words that end in s without being plurals ("miss", "status", "analysis"). */
function notPlural(tok: string): boolean {
  const c = tok.charCodeAt(tok.length - 2);
  return c === 115 || c === 117 || c === 105;
}

/** The first `end` letters of tok end in a hiss (s, x, z, ch, sh), after which a plural takes "-es": "box", "search". */
function hissAt(tok: string, end: number): boolean {
  const c = tok.charCodeAt(end - 1);
  if (c === 115 || c === 120 || c === 122) return true;
  return c === 104 && (tok.charCodeAt(end - 2) === 99 || tok.charCodeAt(end - 2) === 115);
}

/** A plural in "-es" after a hiss: "boxes", "searches". */
function hissEs(tok: string): boolean {
  const n = tok.length;
  return n >= 3 && tok.charCodeAt(n - 2) === 101 && hissAt(tok, n - 2);
}

/** Follows token i from node (skipping a word-joining hyphen before it, except at the start); sets stepNode (-1: nowhere), stepAt, stepPlural, stepSingular. */
function step(t: Tokens, trie: AliasTrie, node: number, i: number, first: boolean): void {
  stepNode = -1;
  stepSingular = false;
  let at = i;
  // "scikit-learn" and "scikit learn" share one key path: a hyphen between two words is skipped.
  // "semi- supervised learning": a scrape's space after a word's own hyphen (glued to the word
  // before, a small letter after) breaks no compound.
  let brokenHyphen = false;
  if (!first && at + 1 < t.count && isJoiner(t.lower[at]!) && !t.spaced[at]) {
    brokenHyphen = t.lower[at] === '-' && t.spaced[at + 1] === 1 && t.kind[at + 1] === TokenKind.Word && startsLower(t, at + 1);
    if (!t.spaced[at + 1] || brokenHyphen) at++;
  }
  if (at >= t.count || t.kind[at] === TokenKind.Newline) return;
  const tok = t.lower[at]!;
  // At the root, the trie's filter turns away most tokens (and plurals) without a look-up.
  const n = tok.length;
  const child = trie.childAt(node, tok, n);
  if (child >= 0) {
    if (!first && trie.attached(child) && t.spaced[at] && !brokenHyphen) return;
    stepNode = child;
    stepAt = at;
    stepPlural = false;
    return;
  }
  // Plurals: "LLMs", "databases", "APIs" end an alias written in the singular; "miss",
  // "status" and "analysis" are not plurals.
  if (t.kind[at] === TokenKind.Word && tok.length > 3 && tok.charCodeAt(tok.length - 1) === 115 && !notPlural(tok)) {
    // "-es" only after a hiss ("boxes", "searches"): "shapes" is shape + s, not SHAP + es.
    let singular = trie.childAt(node, tok, n - 1);
    if (singular < 0 && hissEs(tok)) singular = trie.childAt(node, tok, n - 2);
    if (singular >= 0 && trie.entry(singular)?.caseSensitive === false && !(trie.attached(singular) && !first && t.spaced[at])) {
      stepNode = singular;
      stepAt = at;
      stepPlural = true;
      return;
    }
  }
  // "Dialog System", "contextual bandit algorithms", "Cloud Function": a name of several words
  // the taxonomy writes only in the plural ends on its last word in the singular too. Not a
  // name's first word ("Teams", "Pandas" alone are names, "team" and "panda" are not).
  if (!first && t.kind[at] === TokenKind.Word && tok.length > 2) {
    let plural = trie.child(node, `${tok}s`);
    if (plural < 0 && hissAt(tok, tok.length)) plural = trie.child(node, `${tok}es`);
    const entry = plural >= 0 ? trie.entry(plural) : undefined;
    if (entry && entry.caseSensitive === false && !(trie.attached(plural) && t.spaced[at])) {
      stepNode = plural;
      stepAt = at;
      stepPlural = true;
      stepSingular = true;
    }
  }
}

function caseFits(t: Tokens, first: number, last: number, entry: AliasEntry): boolean {
  if (!entry.caseSensitive) return true;
  const written = t.text.slice(t.start[first], t.end[last]);
  return entry.forms.includes(written);
}

const LIST_GLUE = new Set([',', '/', ';', '|', '(', ')', '&', 'and', 'or']);
const glueAt = (t: Tokens, i: number) => i >= 0 && i < t.count && LIST_GLUE.has(t.lower[i]!);

/**
 * An everyday word of one token in another case ("spark" for Spark), next to list glue: a
 * candidate only a list can confirm (evidence.ts). Without the glue it can't be in a list, and
 * the everyday words of every sentence ("it", "us", "make") cost nothing more.
 */
const offCaseFits = (t: Tokens, first: number, last: number, entry: AliasEntry) =>
  first === last && entry.needsEvidence && !entry.needsAsk && (glueAt(t, first - 1) || glueAt(t, last + 1));

/**
 * One pass over the tokens: at each position, the longest alias that starts there and whose
 * case fits; matches don't overlap. Evidence for everyday words is checked afterwards
 * (evidence.ts), since it needs the matches around them.
 */
export function scan(t: Tokens, index: SkillIndex): Candidate[] {
  const out: Candidate[] = [];
  const trie = index.trie;
  let i = 0;
  while (i < t.count) {
    if (t.kind[i] === TokenKind.Newline || isJoiner(t.lower[i]!)) {
      i++;
      continue;
    }
    // Most tokens start no alias: the first step is one look-up (two for a possible plural), and
    // the walk goes on from it.
    step(t, trie, AliasTrie.ROOT, i, true);
    if (stepNode < 0) {
      i++;
      continue;
    }
    let node = AliasTrie.ROOT;
    let best: Candidate | null = null;
    // "large-scale AI" is not "Scale AI": a name of several words can't start inside a compound.
    const compoundTail = i > 1 && isJoiner(t.lower[i - 1]!) && !t.spaced[i - 1] && !t.spaced[i] && t.kind[i - 2] === TokenKind.Word;
    for (let k = i, first = true; k < t.count; first = false) {
      if (!first) step(t, trie, node, k, false);
      if (stepNode < 0) break;
      node = stepNode;
      const at = stepAt;
      const e = trie.entry(node);
      if (e && !(compoundTail && at > i) && !(stepSingular && !singularNames(t, trie, i, at))) {
        if (caseFits(t, i, at, e)) best = { skillId: e.skillId, entry: e, first: i, last: at, start: t.start[i]!, end: t.end[at]! };
        else if (offCaseFits(t, i, at, e)) best = { skillId: e.skillId, entry: e, first: i, last: at, start: t.start[i]!, end: t.end[at]!, offCase: true };
      }
      if (stepPlural) break;
      k = at + 1;
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return out;
}
