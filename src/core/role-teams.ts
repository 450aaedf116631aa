import { phrases } from './lexicon/lexicon';
import { ORG_UNIT_LIST } from './lexicon/org-units';
import { COLLEAGUE_WORDS } from './names-others';
import type { RoleName, RoleNameIndex } from './role-name-index';
import { expandedLength } from './role-name-spellings';
import { nextWord, wordsBefore } from './role-name-tokens';
import { JOB_NOUNS } from './role-nouns';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Teams named after a role's field ("join our MLOps team", "on the ML Platform team"): which
 * fields a team may be named after, read from the roles' names when the index is built, and the
 * teams the posting says the job is in, which name the specialised role (role-names.ts).
 */

/** A role's field, as a team is named after it: "MLOps" (team), "Computer Vision" (team), "ML Platform" (team). */
export type TeamField = { words: string[]; role: number };

/** The last words of a department's name: "Software Engineering", "Data Science", "Research and Development". */
const PRACTICES: ReadonlySet<string> = new Set(['engineering', 'science', 'sciences', 'development']);
/** Words that make a name's first words a level, not a field: "Staff Machine Learning Engineer" has no "Staff ML" team. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['staff', 'principal', 'chief', 'distinguished']);

/**
 * Each full-weight name without its job noun ("ML Platform" from "ML Platform Engineer"), by first
 * word, longest first. A field two roles share names neither ("Machine Learning": engineer and
 * scientist). Not the practice a department is named after ("Data Science" from "Data Science
 * Engineer", "ML Engineering" from "ML Engineering Manager"): a department hires many kinds of jobs
 * (a Java developer joins "our Machine Learning Engineering team", a machine learning engineer "the
 * Data Science organization"), where a team named after its focus ("MLOps", "ML Platform", "AI
 * Platform") does that one thing.
 */
export function teamFields(lists: ReadonlyMap<string, readonly RoleName[]>): Map<string, TeamField[]> {
  const byKey = new Map<string, TeamField | null>();
  const add = (words: string[], role: number) => {
    const key = words.join(' ');
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, { words, role });
    else if (had !== null && had.role !== role) byKey.set(key, null);
  };
  for (const list of lists.values()) {
    for (const c of list) {
      const noun = c.words[c.words.length - 1]!;
      if (c.weight !== 1 || c.words.length < 2 || c.words.includes(',') || !JOB_NOUNS.has(noun) || LEVEL_WORDS.has(c.words[0]!)) continue;
      const field = c.words.slice(0, -1);
      if (field.some((w) => JOB_NOUNS.has(w))) continue;
      // One word is too broad a field ("Cloud", "Mobile", "Application", "Marketing" teams are in
      // postings of every kind): "MLOps" and "NLP" are spelled out to several.
      if (expandedLength(field) > 1 && !PRACTICES.has(field[field.length - 1]!)) add(field, c.role);
    }
  }
  const out = new Map<string, TeamField[]>();
  for (const f of byKey.values()) {
    if (f === null) continue;
    const list = out.get(f.words[0]!);
    if (list) list.push(f);
    else out.set(f.words[0]!, [f]);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

/**
 * What a team of the posting's own is worth against a name of the job: "a Machine Learning
 * Engineer to join our MLOps team" is an MLOps engineer, as "Machine Learning Engineer, MLOps"
 * would be (specialised), so the team outweighs the general name it specialises said once (at
 * 1 the two tied and the general role's broader skills won: held out, text only, 1 → 1.5 turned
 * two more MLOps postings right and none wrong; 1.5 to 3 rank the same).
 */
export const TEAM_WEIGHT = 1.5;
/** Before a team, these make it the job's own: "join our MLOps team", "on the ML Platform team", "member of the Computer Vision team". */
const OWN_TEAM_WORDS: ReadonlySet<string> = new Set(['join', 'joining', 'on', 'of', 'within', 'in']);
/**
 * Before a team, these make it another one, or none: "partner with the ML Platform team",
 * "tooling for the MLOps team", "the Data and ML Infrastructure team", "No dedicated DevOps team
 * yet, so we all pitch in".
 */
const OTHER_TEAM_WORDS: ReadonlySet<string> = new Set([...COLLEAGUE_WORDS, 'for', 'across', 'support', 'supporting', 'supports', 'partner', 'partners', 'partnering', 'between', 'and', 'or', 'no', 'without']);
/** How far back a team's context is read. */
const TEAM_CONTEXT = 4;

/**
 * The teams the posting says the job is in, named after a role's field: "join our growing MLOps
 * team", "The ML Platform team builds tools & infra that empower all ML Engineers", "on the AI
 * Platform team". Postings of a specialised role often call the job by its general name only
 * ("Machine Learning Engineer") and say the specialisation by the team it joins. Teams worked
 * with ("partner with the Data Science team", "tooling for the ML team") are others.
 */
export function countTeams(tokens: Tokens, words: readonly string[], index: RoleNameIndex, counts: Float64Array, kinds: Float64Array, said: Array<string | undefined>): void {
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    const list = index.fields.get(words[i]!);
    if (!list) continue;
    for (const f of list) {
      let j = i;
      for (let k = 1; k < f.words.length && j >= 0; k++) {
        j = nextWord(tokens, j, false);
        if (j >= 0 && words[j] !== f.words[k]) j = -1;
      }
      if (j < 0) continue;
      const team = nextWord(tokens, j, false);
      if (team < 0 || !TEAM_UNITS.has(words[team]!)) continue;
      // The team specialises the job the text calls by its kind: a data scientist "joining our
      // Machine Learning team" is still a scientist.
      if (kinds[f.role] === 1 && ownTeam(wordsBefore(tokens, i, TEAM_CONTEXT))) {
        counts[f.role]! += TEAM_WEIGHT;
        // A reason quotes the posting: "ML Platform team", not the role's title.
        said[f.role] ??= tokens.text.slice(tokens.start[i], tokens.end[team]);
      }
      i = team;
      break;
    }
  }
}

/**
 * The units a team is (a team, group, lab…), singular: "ML Platform teams" are many, the job's
 * among others. Not a department, division or function, which hire every kind of job: "The
 * global Information Technology (IT) Function" in a machine learning engineer's posting.
 */
const DEPARTMENTS: ReadonlySet<string> = new Set(['department', 'division', 'function']);
const TEAM_UNITS: ReadonlySet<string> = new Set(phrases(ORG_UNIT_LIST).filter((u) => !DEPARTMENTS.has(u)));

/** Is the team after these words (nearest first) the job's own? Read back to the first word that decides. */
function ownTeam(preceding: readonly string[]): boolean {
  for (const w of preceding) {
    if (OWN_TEAM_WORDS.has(w)) return true;
    if (OTHER_TEAM_WORDS.has(w)) return false;
  }
  return true;
}
