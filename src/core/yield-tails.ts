import type { Candidate } from './scan';
import { namesAKind } from './kinds';
import { AliasTrie } from './alias-trie';
import { isJoiner, type AliasEntry, type SkillIndex, type SkillInfo } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/**
 * "Linux systems programming", "machine learning models into production": the longest match
 * ("Linux systems", "machine learning models") may take a word that the next name needs
 * ("systems programming", "models into production"). When the match is the same skill without
 * its last word ("Linux", "machine learning"), that word is only a tail: it goes to the next
 * name, and both skills are read. Not when the next name is the kind the first belongs to
 * ("Azure cloud services" stays Azure) or is written as a kind ("object-oriented programming
 * language" stays OOP: "programming languages" would be a chip of its own), and only with names
 * matched in any case. When the words before the tail only give a size ("large-scale data
 * mining", "large-scale data transformation"), the whole match yields: the size is the scale of
 * the next name's work, and no skill of its own ("large-scale data" with no field after it stays
 * big data).
 */
export function yieldTails(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.last === c.first || c.entry.caseSensitive) continue;
    const tail = c.last;
    // "large-scale data mining": a size before a field's name is the scale of that field's work.
    const sized = onlySizeBefore(t, c.first, tail);
    const head = sized ? null : entryOver(t, c.first, tail - 1, index.trie);
    // An everyday head ("ranking" of "ranking systems at scale") is no name of its own to leave behind.
    if (!sized && (!head || head.entry.skillId !== c.skillId || head.entry.caseSensitive || head.entry.needsAsk)) continue;
    const next = longestFrom(t, tail, t.count, index.trie);
    if (!next || next.last <= tail) continue;
    const e = next.entry;
    if (e.skillId === c.skillId || e.caseSensitive || e.needsEvidence || e.needsAsk || isAncestor(index, e.skillId, c.skillId)) continue;
    if (writtenAsItsKind(index.skills.get(e.skillId), t.lower[next.last]!)) continue;
    // The next name takes the matches inside it ("programming" of "systems programming"), never one that goes past it.
    let swallowed = 0;
    while (k + 1 + swallowed < found.length && found[k + 1 + swallowed]!.first <= next.last) swallowed++;
    if (swallowed > 0 && found[k + swallowed]!.last > next.last) continue;
    const list = (out ??= found.slice());
    const at = list.indexOf(c);
    const after = { skillId: e.skillId, entry: e, first: tail, last: next.last, start: t.start[tail]!, end: t.end[next.last]! };
    // The size names no skill of its own: the field's name alone stays.
    if (head) list.splice(at, 1 + swallowed, { ...c, entry: head.entry, last: head.last, end: t.end[head.last]! }, after);
    else list.splice(at, 1 + swallowed, after);
    k += swallowed;
  }
  return out ?? found;
}

/** Words of a size, as a match may open with them ("large-scale data", "massive datasets"). */
const SIZE_WORDS = new Set(['large', 'scale', 'massive', 'huge']);

/** The tokens from first to before tail are only words of a size ("large-scale", "large scale"). */
function onlySizeBefore(t: Tokens, first: number, tail: number): boolean {
  if (tail <= first) return false;
  for (let i = first; i < tail; i++) if (!SIZE_WORDS.has(t.lower[i]!) && !(isJoiner(t.lower[i]!) && i > first)) return false;
  return true;
}

/** Steps over a hyphen written inside a word ("large-scale"), as the scan does. */
function nextToken(t: Tokens, i: number): number {
  return i + 1 < t.count && isJoiner(t.lower[i + 1]!) && !t.spaced[i + 1] && i + 2 < t.count && !t.spaced[i + 2] ? i + 2 : i + 1;
}

/** The entry the tokens first..last spell exactly (hyphens inside words skipped), if any. */
function entryOver(t: Tokens, first: number, last: number, trie: AliasTrie): { entry: AliasEntry; last: number } | null {
  let node = AliasTrie.ROOT;
  let i = first;
  let end = first;
  for (; i <= last && node >= 0; end = i, i = nextToken(t, i)) node = trie.child(node, t.lower[i]!);
  const entry = trie.entry(node);
  return entry && end <= last ? { entry, last: end } : null;
}

/** The longest entry from token i, ending before token limit; a plural last word reads as the singular alias. */
function longestFrom(t: Tokens, i: number, limit: number, trie: AliasTrie): { entry: AliasEntry; last: number } | null {
  let node = AliasTrie.ROOT;
  let best: { entry: AliasEntry; last: number } | null = null;
  for (let j = i; j < limit && t.kind[j] === TokenKind.Word && node >= 0; j = nextToken(t, j)) {
    const w = t.lower[j]!;
    const singular = w.length > 3 && w.endsWith('s') ? trie.entry(trie.child(node, w.slice(0, -1))) : undefined;
    node = trie.child(node, w);
    const entry = trie.entry(node);
    if (entry) best = { entry, last: j };
    else if (singular) best = { entry: singular, last: j };
  }
  return best;
}

/** Whether one skill is the other's parent, or further up. */
function isAncestor(index: SkillIndex, maybe: string, id: string): boolean {
  let cur = index.skills.get(id)?.parent;
  for (let depth = 0; cur && depth < 6; depth++, cur = index.skills.get(cur)?.parent) if (cur === maybe) return true;
  return false;
}

/** A kind ("Programming languages") written with its own noun ("programming language"), not one of its members' names ("systems programming"). */
function writtenAsItsKind(skill: SkillInfo | undefined, lastWord: string): boolean {
  if (!namesAKind(skill)) return false;
  const noun = skill!.name.toLowerCase().split(' ').pop()!;
  return lastWord === noun || `${lastWord}s` === noun;
}
