import { kindOf } from './role-kinds';
import { expand, expandedLength, writtenForms } from './role-name-spellings';
import { GENERIC_NOUNS, ROLE_NOUNS } from './role-nouns';
import { teamFields, type TeamField } from './role-teams';
import type { Role } from './schema';
import { titleWords } from './title';

/**
 * The index of the roles' names the role-name finder (role-names.ts) looks the text's words up
 * in: each title and alias, seniority left out, abbreviations spelled out and in every written
 * form, generic names ("Software Engineer") weighed down, by first and second word. Built here
 * from the roles, or from the lists the packed data ships (pack.ts, packed-names.ts).
 */

/** Seniority words say nothing of which role it is, except for the roles defined by them. */
const SENIORITY = new Set(['senior', 'sr', 'junior', 'jr', 'associate', 'intern', 'ii', 'iii', 'iv', 'i']);

/** A role's name as the index keeps it: its words as the text writes them (a comma kept as one), its role's index, and what it counts for (1, or GENERIC_NAME_WEIGHT). */
export type RoleName = { words: string[]; role: number; weight: number };

export interface RoleNameIndex {
  /**
   * First word → the names that start with it, as written in text (abbreviations included),
   * longest first, by the word after it: each list keeps, in order, the names that word may go on
   * ("data" then "engineer": "data engineer", and the one-word names and those with a comma
   * next); `other` those for any other next word. Most names starting with "data" or "machine"
   * are ruled out so, without being walked.
   */
  byFirst: Map<string, { bySecond: Map<string, RoleName[]>; other: RoleName[] }>;
  /** Each role's kind, by role index: its title's job noun ("Machine Learning Engineer" → "engineer"). */
  kinds: string[];
  /** The roles' fields by first word, longest first: what a team is called after (teamFields). */
  fields: Map<string, TeamField[]>;
}

/** A name that may go on with any word after its first: one word, or a comma next. */
const anySecond = (c: RoleName) => c.words.length === 1 || c.words[1] === ',';

/** The names by first word (longest first) split by second word, as RoleNameIndex keeps them. */
function bySecondWord(byFirst: ReadonlyMap<string, readonly RoleName[]>): RoleNameIndex['byFirst'] {
  const out: RoleNameIndex['byFirst'] = new Map();
  for (const [first, list] of byFirst) {
    const bySecond = new Map<string, RoleName[]>();
    for (const c of list) if (!anySecond(c)) bySecond.set(c.words[1]!, []);
    // One pass, each name onto the lists it belongs on, in the list's order.
    const other: RoleName[] = [];
    for (const c of list) {
      if (!anySecond(c)) bySecond.get(c.words[1]!)!.push(c);
      else {
        other.push(c);
        for (const names of bySecond.values()) names.push(c);
      }
    }
    out.set(first, { bySecond, other });
  }
  return out;
}

/**
 * What a generic name counts for. "Software Engineer" and "SDE" are what postings for many roles
 * call the job ("As a Software Engineer on the Safety ML team", "As an SDE on our team" in ML
 * engineer postings): it says the job is engineering, not which kind.
 */
export const GENERIC_NAME_WEIGHT = 0.3;
/** A name is generic when the names of at least this share of the other roles hold all its words. */
const GENERIC_SHARE = 1 / 3;

/** The words a name is indexed by, or null when it names no job on its own. */
function nameWords(name: string): string[] | null {
  // A comma inside a name is kept as a word: "Manager, Data Engineering" is written so.
  const raw = name.toLowerCase().match(/[a-z0-9+#]+|,/g) ?? [];
  const kept = raw.filter((w) => !SENIORITY.has(w));
  const words = expand(kept);
  // "Data Science Intern" without its level is a field, not a job: "our Data Science team".
  if (kept.length < raw.length && !ROLE_NOUNS.has(words[words.length - 1]!)) return null;
  // One word only when it is a job of its own ("Statistician"): "Engineer" names no role.
  if (words.length < (GENERIC_NOUNS.has(words[0]!) ? 2 : 1)) return null;
  return words;
}

/** What role names are read from: each role's title and its aliases. */
export type NamedRole = Pick<Role, 'title' | 'titleAliases'>;

/** The index over the roles' own titles and aliases (the packed engine builds it from roleNameLists shipped ready). */
export function indexRoleNames(roles: readonly NamedRole[]): RoleNameIndex {
  return roleNameIndex(roleNameLists(roles), roles);
}

/** The index over names listed by first word, longest first (roleNameLists), for the roles of these titles. */
export function roleNameIndex(lists: ReadonlyMap<string, readonly RoleName[]>, roles: ReadonlyArray<Pick<Role, 'title'>>): RoleNameIndex {
  return { byFirst: bySecondWord(lists), kinds: roles.map((r) => kindOf(r.title)), fields: teamFields(lists) };
}

/**
 * The names by first word, longest first: built from the roles' titles here, shipped ready in
 * the packed data (src/core/pack.ts), since building them took a good part of a page's start-up.
 */
export function roleNameLists(roles: readonly NamedRole[]): Map<string, RoleName[]> {
  const names = roles.flatMap((role, r) =>
    [role.title, ...role.titleAliases].flatMap((name) => {
      const words = nameWords(name);
      // Compared as title words, where every abbreviation is spelled out ("SDE" is a software engineer).
      return words ? [{ words, role: r, set: new Set(titleWords(name)) }] : [];
    }),
  );
  // The names holding each word: a name's containers are among those holding its rarest word
  // (comparing every name with every other took most of the engine's start-up in a page).
  const holding = new Map<string, Array<(typeof names)[number]>>();
  for (const n of names) {
    for (const w of n.set) {
      const list = holding.get(w);
      if (list) list.push(n);
      else holding.set(w, [n]);
    }
  }
  /** How many other roles have a longer name that holds all of this one's words. */
  const containedBy = (n: (typeof names)[number]) => {
    let among: ReadonlyArray<(typeof names)[number]> = names;
    for (const w of n.set) {
      const list = holding.get(w)!;
      if (list.length < among.length) among = list;
    }
    const words = [...n.set];
    const containers = new Set<number>();
    for (const o of among) if (o.role !== n.role && o.set.size > n.set.size && words.every((w) => o.set.has(w))) containers.add(o.role);
    return containers.size;
  };
  // Each form with its length counted in expanded words, once (not at every comparison of the sort below).
  const byFirst = new Map<string, Array<{ name: RoleName; length: number }>>();
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const weight = containedBy(n) >= (roles.length - 1) * GENERIC_SHARE ? GENERIC_NAME_WEIGHT : 1;
    for (const form of writtenForms(n.words)) {
      const list = byFirst.get(form[0]!);
      const entry = { name: { words: form, role: n.role, weight }, length: expandedLength(form) };
      if (list) list.push(entry);
      else byFirst.set(form[0]!, [entry]);
    }
  }
  // Longest first, counted in expanded words, so "staff machine learning engineer" beats
  // "machine learning engineer" however either is written; names of one length keep their order.
  const sorted = new Map<string, RoleName[]>();
  for (const [first, list] of byFirst) sorted.set(first, (list.length > 1 ? list.sort((a, b) => b.length - a.length) : list).map((e) => e.name));
  return sorted;
}
