import { LEAD_WORDS, namesOthers } from './names-others';
import type { RoleNameIndex } from './role-name-index';
import { expand } from './role-name-spellings';
import { wordsBefore } from './role-name-tokens';
import { TokenKind, type Tokens } from './tokenize';

/**
 * The kind of job a role is, its title's job noun (engineer, scientist, analyst…), and how often
 * the text calls the job by each kind: a posting that names no role in full still says which
 * kind of job it is (rank-roles.ts weighs it).
 */

/**
 * The job noun a role's title ends with, a developer being an engineer: "Data Engineering
 * Manager" is a manager, "Site Reliability Engineer" an engineer, "Statistician" a statistician.
 */
export function kindOf(title: string): string {
  const words = expand(title.toLowerCase().match(/[a-z0-9+#]+/g) ?? []);
  return words[words.length - 1] ?? '';
}

/** The token of a name's job noun (its last word that is a kind, "Engineer" in "Software Engineer, Backend"), else its last word ("SDE"). */
export function nounOf(words: readonly string[], first: number, last: number, kinds: readonly string[]): number {
  for (let k = last; k >= first; k--) {
    const w = words[k]!;
    if (w === 'developer' || kinds.includes(w)) return k;
  }
  return last;
}

/** Each role's kind share (see kindShare), by the counts countRoleNames returned. */
const kindShares = new WeakMap<Float64Array, Float64Array>();

/**
 * How often the text calls the job by role r's kind ("the engineer will…", "as an analyst"),
 * against the kind it says most, in [0, 1]; 0 when it says none. A posting that names no role
 * in full still says which kind of job it is: a data scientist's posting says "scientist", a
 * machine learning engineer's "engineer", though both ask for Python and statistics.
 */
export function kindShare(counts: Float64Array | undefined, r: number): number {
  return counts ? (kindShares.get(counts)?.[r] ?? 0) : 0;
}

/** Keeps the text's kind shares (countKinds) with the counts countRoleNames returns, for kindShare. */
export function keepKindShares(counts: Float64Array, shares: Float64Array): void {
  kindShares.set(counts, shares);
}

/**
 * The text's job nouns of each kind the roles have, singular and said of this job: "work with
 * an engineer" and "report to the Engineering Manager" are colleagues (namesOthers).
 */
export function countKinds(tokens: Tokens, words: readonly string[], index: RoleNameIndex, nameOf: ReadonlyMap<number, number>): Float64Array {
  const said = new Map<string, number>();
  for (const k of index.kinds) said.set(k, 0);
  let most = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    const w = words[i]!;
    // A noun inside a role's name is that role's kind: a "BI Developer" is an analyst, a
    // "Quantitative Analyst" a researcher, a "Data Science Engineer" a scientist.
    const named = nameOf.get(i);
    const kind = named !== undefined ? index.kinds[named]! : w === 'developer' ? 'engineer' : w;
    const n = said.get(kind);
    if (n === undefined) continue;
    // The words before the noun's own modifiers decide: "with a data scientist", "to the Engineering Manager".
    const before = wordsBefore(tokens, i, 5);
    let from = 0;
    while (from < 2 && from < before.length && !LEAD_WORDS.has(before[from]!) && !/^\d+$/.test(before[from]!)) from++;
    if (namesOthers(tokens, i, before.slice(from))) continue;
    said.set(kind, n + 1);
    if (n + 1 > most) most = n + 1;
  }
  return Float64Array.from(index.kinds, (k) => (most > 0 ? said.get(k)! / most : 0));
}
