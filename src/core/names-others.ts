import { ORG_UNITS } from './org-units';
import { nextWord } from './role-name-tokens';
import type { Tokens } from './tokenize';

/**
 * Whether a role's name in the text is someone else than the job (role-names.ts): a team ("our
 * SRE team"), a colleague ("partner with a data scientist"), a count of people, a past job
 * ("5+ years as a software engineer"). Postings name the people around the job as often as the
 * job itself.
 */

/**
 * After a name, these make it a team, a colleague or a thing ("our SRE team", "the Data Science
 * group", "AI developer tools").
 */
const TEAM_WORDS = new Set([...ORG_UNITS, 'community', 'practice', 'counterparts', 'leadership', 'certification', 'tools', 'tooling']);
/** Before a name, these make it someone else: "partner with a data scientist", "report to (or into) the Engineering Manager". */
export const COLLEAGUE_WORDS = new Set(['with', 'alongside', 'to', 'into', 'by', 'from', 'other', 'fellow']);
/**
 * Between a colleague word and a name: "with a", "to the", "into our": the articles and
 * possessives of singular-names.ts ONE_THING, not its pointing words ("this", "each"…), which as
 * often point at the job itself ("what you get from this Data Scientist role").
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'their']);
/** Before "as a <job>", these make it a past job. */
const PAST_JOB_WORDS = new Set(['years', 'year', 'yrs', 'experience', 'background', 'worked', 'working', 'career', 'time']);

/** Words that end a job noun's modifiers, looking back: an article, a colleague word, a count. */
export const LEAD_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'as', 'our', 'your', 'this', ...COLLEAGUE_WORDS]);

/**
 * Is the name ending at `last` someone else than the job: a team, a colleague, a count of people?
 * `preceding` are the words before it, nearest first (wordsBefore).
 */
export function namesOthers(tokens: Tokens, last: number, preceding: readonly string[]): boolean {
  const after = nextWord(tokens, last, false);
  if (after >= 0 && TEAM_WORDS.has(tokens.lower[after]!)) return true;
  const [prev, before, third] = preceding;
  if (prev === undefined) return false;
  if (/^\d+$/.test(prev) || COLLEAGUE_WORDS.has(prev)) return true;
  // "5+ years as a software engineer", "experience as a Data Analyst": a past job, not this one.
  if ((prev === 'a' || prev === 'an') && before === 'as' && third !== undefined && PAST_JOB_WORDS.has(third)) return true;
  // "with a data scientist", "to the Engineering Manager", "reporting into our Head of AI"
  return DETERMINERS.has(prev) && before !== undefined && COLLEAGUE_WORDS.has(before);
}
