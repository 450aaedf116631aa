import type { Candidate } from './scan';
import type { Tokens } from './tokenize';

/**
 * A role's name in the plural names the people the candidate works with, not a skill asked of
 * them: "work closely with data scientists, software developers, and business analysts",
 * "collaboration with stakeholders, architects, and data engineers". The taxonomy keeps the
 * singular as an alias ("experience as a data engineer"), which the matcher also finds inflected.
 */
const PEOPLE = /(?:architects|engineers|analysts|scientists|developers|designers)$/i;

/** Marked like a job's or a team's name (`inRoleName`): listed as mentioned, never as missing. */
export function markColleagues(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) if (!c.inRoleName && PEOPLE.test(t.text.slice(c.start, c.end))) c.inRoleName = true;
  return found;
}
