import { JOB_TITLE_LIST } from './lexicon/job-titles';
import { phrases } from './lexicon/lexicon';
import type { Candidate } from './scan';
import type { Tokens } from './tokenize';

/**
 * A role's name in the plural names the people the candidate works with, not a skill asked of
 * them: "work closely with data scientists, software developers, and business analysts",
 * "collaboration with stakeholders, architects, and data engineers". The taxonomy keeps the
 * singular as an alias ("experience as a data engineer"), which the matcher also finds inflected.
 * The nouns are the job titles' heads (lexicon/job-titles.ts), in the plural.
 */
const PEOPLE = new RegExp(`(?:${phrases(JOB_TITLE_LIST).map((w) => `${w}s`).join('|')})$`, 'i');

/** Marked like a job's or a team's name (`inRoleName`): listed as mentioned, never as missing. */
export function markColleagues(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) if (!c.inRoleName && PEOPLE.test(t.text.slice(c.start, c.end))) c.inRoleName = true;
  return found;
}
