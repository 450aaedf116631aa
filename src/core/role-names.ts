import { ungluedNouns } from './glued-job-nouns';
import { conjunctName } from './joint-names';
import { namesOthers } from './names-others';
import { isPluralOf, pluralIsTheJob, pluralOf } from './plural-role-names';
import { countKinds, keepKindShares, nounOf } from './role-kinds';
import type { RoleNameIndex } from './role-name-index';
import { NAME_SEPARATORS, nextWord, wordsBefore } from './role-name-tokens';
import { JOB_NOUNS } from './role-nouns';
import { countTeams } from './role-teams';
import { specialised } from './specialised-names';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Where the text names a role: "As a Machine Learning Engineer, you will…", "We're hiring a
 * Data Engineer". Postings name their own role far more often than any other, so this works
 * from the text alone. Only singular forms count: "work with data scientists" names
 * colleagues, not the job. The names are looked up in role-name-index.ts; around each name
 * found, the modules imported above decide whose it is and which role it names.
 */

/** The words the text first named each role with, by the counts countRoleNames returned. */
const firstNamed = new WeakMap<Float64Array, Array<string | undefined>>();

/**
 * How the text named role r ("ETL Engineer" for Data Engineer), for a reason that quotes the
 * posting rather than the profile's title; undefined when it did not name it.
 */
export function namedAs(counts: Float64Array | undefined, r: number): string | undefined {
  return counts ? firstNamed.get(counts)?.[r] : undefined;
}

/** How often the text names each role (by role index), longest name winning where names overlap. */
export function countRoleNames(tokens: Tokens, index: RoleNameIndex, roleCount: number): Float64Array {
  const counts = new Float64Array(roleCount);
  const said: Array<string | undefined> = new Array<string | undefined>(roleCount);
  firstNamed.set(counts, said);
  /** The job noun's token of each name found, to the role the name is of (for countKinds). */
  const nameOf = new Map<number, number>();
  const words = ungluedNouns(tokens);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    const group = index.byFirst.get(words[i]!);
    if (!group) continue;
    // The names this word and the next may start (the next word found once, not once a name).
    const second = nextWord(tokens, i, false);
    const candidates = (second >= 0 ? (group.bySecond.get(words[second]!) ?? pluralOf(group.bySecond, words[second]!)) : undefined) ?? group.other;
    for (const c of candidates) {
      let j = i;
      let ok = true;
      let plural = false;
      for (let k = 1; k < c.words.length; k++) {
        const comma = c.words[k] === ',';
        j = nextWord(tokens, j, comma);
        if (j < 0 || (comma ? !NAME_SEPARATORS.has(tokens.lower[j]!) : words[j] !== c.words[k] && !(plural = k === c.words.length - 1 && isPluralOf(words[j]!, c.words[k]!)))) {
          ok = false;
          break;
        }
      }
      if (ok && plural && !pluralIsTheJob(tokens, i)) ok = false;
      if (ok) {
        // A one-word name ("SRE", "Statistician") counts only as "a/an/the X" or "as X", and so
        // does one with no job noun, which may name a practice as well as a job: "front-end dev
        // ops", "Google's Cloud DevOps Dreamers Award".
        const preceding = wordsBefore(tokens, i);
        const prev = preceding[0];
        const bare = (c.words.length === 1 || !c.words.some((w) => JOB_NOUNS.has(w))) && !(prev === 'a' || prev === 'an' || prev === 'the' || prev === 'as');
        if (!bare && !namesOthers(tokens, j, preceding)) {
          const noun = nounOf(words, i, j, index.kinds);
          const special = c.words.includes(',') ? null : specialised(tokens, words, j, words[noun]!, index);
          const named = special ?? { name: c, last: j };
          nameOf.set(noun, named.name.role);
          counts[named.name.role]! += named.name.weight;
          said[named.name.role] ??= tokens.text.slice(tokens.start[i], tokens.start[named.last]! + words[named.last]!.length);
          const joint = conjunctName(tokens, words, i, words[noun]!, index);
          if (joint) {
            counts[joint.name.role]! += joint.name.weight;
            said[joint.name.role] ??= tokens.text.slice(tokens.start[joint.first], tokens.start[noun]! + words[noun]!.length);
          }
          j = named.last;
        }
        i = j;
        break;
      }
    }
  }
  const kinds = countKinds(tokens, words, index, nameOf);
  keepKindShares(counts, kinds);
  countTeams(tokens, words, index, counts, kinds, said);
  return counts;
}
