import { AliasTrie } from './alias-trie';
import type { Candidate } from './scan';
import { isJoiner, type SkillIndex } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/** What joins the words that share one head: "unit and functional testing", "unit, integration or load testing". */
const GLUE = new Set(['and', 'or', ',', '/', '&']);
/** How many words may share the head: "unit, integration, and end-to-end testing". */
const MAX_SHARED = 3;

/**
 * "unit and functional testing", "batch and stream processing", "supervised and unsupervised
 * learning": postings write two skills that share their last words once. Each single word before
 * such a match, joined to it by "and", "or" or a comma, names the skill it forms with the match's
 * tail when the taxonomy has that name ("unit testing"). Only words that start no match of their
 * own, and only names whose case needs no checking. Adds candidates; keeps text order.
 */
export function sharedHeads(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const prevEnd = k > 0 ? found[k - 1]!.last : -1;
    // "unit and functional testing": the word before the match ("functional") is the other
    // skill's own word, and the whole match is the shared head; "batch and stream processing":
    // the match's own first word is, and the rest of it.
    const own = c.first - 1 > prevEnd && t.kind[c.first - 1] === TokenKind.Word && !GLUE.has(t.lower[c.first - 1]!);
    if (!own && c.last === c.first) continue;
    const tail: string[] = [];
    for (let i = own ? c.first : c.first + 1; i <= c.last; i++) if (!isJoiner(t.lower[i]!)) tail.push(t.lower[i]!);
    let glue = own ? c.first - 2 : c.first - 1;
    for (let n = 0; n < MAX_SHARED; n++) {
      // ", and": the glue may be two tokens.
      while (glue > prevEnd && GLUE.has(t.lower[glue]!) && GLUE.has(t.lower[glue - 1] ?? '')) glue--;
      const w = glue - 1;
      if (w <= prevEnd || !GLUE.has(t.lower[glue]!) || t.kind[w] !== TokenKind.Word) break;
      const entry = walk(index, [t.lower[w]!, ...tail]);
      if (!entry || entry.caseSensitive || entry.skillId === c.skillId) break;
      (out ??= found.slice()).push({ skillId: entry.skillId, entry, first: w, last: w, start: t.start[w]!, end: t.end[w]! });
      glue = w - 1;
    }
  }
  return out ? out.sort((a, b) => a.first - b.first) : found;
}

function walk(index: SkillIndex, keys: readonly string[]) {
  let node = AliasTrie.ROOT;
  for (const key of keys) {
    node = index.trie.child(node, key);
    if (node < 0) return undefined;
  }
  return index.trie.entry(node);
}
