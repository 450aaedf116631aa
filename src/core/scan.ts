import type { AliasEntry, SkillIndex, TrieNode } from './skill-index';
import { isJoiner } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

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

interface Step {
  node: TrieNode;
  at: number;
  plural: boolean;
}

/** Follows token i from node (skipping a word-joining hyphen before it, except at the start). */
function step(t: Tokens, node: TrieNode, i: number, first: boolean): Step | null {
  let at = i;
  // "scikit-learn" and "scikit learn" share one key path: a hyphen between two words is skipped.
  if (!first && at + 1 < t.count && isJoiner(t.lower[at]!) && !t.spaced[at] && !t.spaced[at + 1]) at++;
  if (at >= t.count || t.kind[at] === TokenKind.Newline) return null;
  const tok = t.lower[at]!;
  const child = node.next.get(tok);
  if (child) {
    if (!first && child.attached && t.spaced[at]) return null;
    return { node: child, at, plural: false };
  }
  // Plurals: "LLMs", "databases", "APIs" end an alias written in the singular; "miss",
  // "status" and "analysis" are not plurals.
  if (t.kind[at] === TokenKind.Word && tok.length > 3 && tok.endsWith('s') && !/(ss|us|is)$/.test(tok)) {
    // "-es" only after a hiss ("boxes", "searches"): "shapes" is shape + s, not SHAP + es.
    const singular = node.next.get(tok.slice(0, -1)) ?? (/(s|x|z|ch|sh)es$/.test(tok) ? node.next.get(tok.slice(0, -2)) : undefined);
    if (singular?.entry && !singular.entry.caseSensitive && !(singular.attached && !first && t.spaced[at])) {
      return { node: singular, at, plural: true };
    }
  }
  return null;
}

function caseFits(t: Tokens, first: number, last: number, entry: AliasEntry): boolean {
  if (!entry.caseSensitive) return true;
  const written = t.text.slice(t.start[first], t.end[last]);
  return entry.forms.includes(written);
}

/** An everyday word of one token in another case ("spark" for Spark): a candidate only a list can confirm. */
const offCaseFits = (first: number, last: number, entry: AliasEntry) => first === last && entry.needsEvidence && !entry.needsAsk;

/**
 * One pass over the tokens: at each position, the longest alias that starts there and whose
 * case fits; matches don't overlap. Evidence for everyday words is checked afterwards
 * (evidence.ts), since it needs the matches around them.
 */
export function scan(t: Tokens, index: SkillIndex): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < t.count) {
    if (t.kind[i] === TokenKind.Newline || isJoiner(t.lower[i]!)) {
      i++;
      continue;
    }
    // Most tokens start no alias: one look-up (two for a possible plural) and move on.
    const tok = t.lower[i]!;
    if (!index.root.next.has(tok) && !(tok.length > 3 && tok.endsWith('s') && (index.root.next.has(tok.slice(0, -1)) || index.root.next.has(tok.slice(0, -2))))) {
      i++;
      continue;
    }
    let node = index.root;
    let best: Candidate | null = null;
    // "large-scale AI" is not "Scale AI": a name of several words can't start inside a compound.
    const compoundTail = i > 1 && isJoiner(t.lower[i - 1]!) && !t.spaced[i - 1] && !t.spaced[i] && t.kind[i - 2] === TokenKind.Word;
    for (let k = i, first = true; k < t.count; first = false) {
      const s = step(t, node, k, first);
      if (!s) break;
      node = s.node;
      const e = node.entry;
      if (e && !(compoundTail && s.at > i)) {
        if (caseFits(t, i, s.at, e)) best = { skillId: e.skillId, entry: e, first: i, last: s.at, start: t.start[i]!, end: t.end[s.at]! };
        else if (offCaseFits(i, s.at, e)) best = { skillId: e.skillId, entry: e, first: i, last: s.at, start: t.start[i]!, end: t.end[s.at]!, offCase: true };
      }
      if (s.plural) break;
      k = s.at + 1;
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
