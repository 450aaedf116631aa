import { JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST } from '../core/lexicon/job-titles';
import { postingPhrases } from '../core/jobness';
import { headingPhrases } from '../core/lexicon/heading-phrases';
import { phrases, type HeadingKind } from '../core/lexicon/lexicon';

/** Words that mark a job posting: section headings, apply buttons, job phrases, job-title nouns. */

/**
 * The sections a page heading can announce: the lexicon's heading kinds (lexicon/headings.ts).
 * Legal notices and tech stacks say nothing of whether a page is a posting, so they are no cue.
 */
export type CueKind = Exclude<HeadingKind, 'legal' | 'tools'>;

/**
 * A section heading of a posting: the whole (short) heading starts with one of the lexicon's
 * posting headings ("Requirements", "What You'll Do", "About the role"). Its section words
 * ("Skills", "Experience", "Overview") head résumés and product pages too, so they don't count.
 */
export function headingCue(text: string): CueKind | null {
  const t = text.replace(/[:：.!?\s]+$/, '').trim();
  if (t.length === 0 || t.length > 60) return null;
  const kind = headingPhrases().startingWith(t)?.kind ?? null;
  return kind === 'legal' || kind === 'tools' ? null : kind;
}

/** Apply controls, matched against the whole (short) control text. */
export const APPLY = /^(apply|apply now|apply here|apply today|apply online|easy apply|quick apply|apply for (this|the) (job|position|role)|apply (on|at|via) (the )?company (site|website)|submit( your)? application|start (your )?application|i'?m interested)\b/i;

/** Patterns of posting bodies that no phrase list can hold: "5+ years' Python experience", "a degree in". */
const JOB_PATTERNS: readonly RegExp[] = [
  /\b\d+\s*\+?\s*(years?|yrs)['’]?\s+(of\s+)?([a-z-]+\s+){0,3}experience\b/i,
  /\b(bachelor'?s|master'?s|ph\.?d\.?|degree) in\b/i,
];

/**
 * How many signs of a posting body a text holds, up to four (all the score uses): the lexicon's
 * posting phrases ("we are hiring", "full time", "the ideal candidate": lexicon/posting-phrases.ts,
 * the same list that tells plain text a posting), and the patterns above.
 */
export function jobPhraseCount(text: string): number {
  const patterns = JOB_PATTERNS.filter((re) => re.test(text)).length;
  return Math.min(4, patterns + postingPhrases(text, 4 - patterns).size);
}

/** Nouns that end job titles ("Senior Data Scientist", "Frontend Developer"): the lexicon's job-title list. */
export const JOB_TITLE = new RegExp(`\\b(${[...phrases(JOB_TITLE_LIST), ...phrases(PAGE_JOB_TITLE_LIST), 'internship', 'head of'].join('|')})s?\\b`, 'i');

/** Titles of lists of roles ("Open Positions", "46 jobs in India", "Remote Jobs in Design"). */
export const LIST_TITLE = /\b(open (positions|roles|jobs)|current (openings|vacancies)|job (openings|board|listings|search)|\d[\d,]*\+?\s+(\w+\s+)?jobs|jobs (at|in|for)|remote jobs|all jobs|vacancies|career opportunities)\b/i;

/** Headings of careers pages themselves, never a posting's title. */
export const GENERIC_TITLE = /^(careers?|jobs|join (the|our|us)( team)?|open (positions|roles|jobs)|current (openings|vacancies)|work with us|we('re| are) hiring|job openings|vacancies)\b/i;
