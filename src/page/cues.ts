import { JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST } from '../core/lexicon/job-titles';
import { postingPhrases } from '../core/jobness';
import { headingPhrases } from '../core/lexicon/heading-phrases';
import { phrases, type HeadingKind, type LexiconList } from '../core/lexicon/lexicon';
import { FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_REQUIREMENTS_HEADING_LIST } from '../core/lexicon/other-languages';

/** Words that mark a job posting: section headings, apply buttons, job phrases, job-title nouns. */

/**
 * The sections a page heading can announce: the lexicon's heading kinds (lexicon/headings.ts).
 * Legal notices, tech stacks and notes ("Additional Information") say nothing of whether a page
 * is a posting, so they are no cue.
 */
export type CueKind = Exclude<HeadingKind, 'legal' | 'tools' | 'notes'>;

/**
 * A section heading of a posting: the whole (short) heading starts with one of the lexicon's
 * posting headings ("Requirements", "What You'll Do", "About the role"). Its section words
 * ("Skills", "Experience", "Overview") head résumés and product pages too, so they don't count.
 */
export function headingCue(text: string): CueKind | null {
  const t = text.replace(/[:：.!?\s]+$/, '').trim();
  if (t.length === 0 || t.length > 60) return null;
  const kind = headingPhrases().startingWith(t)?.kind ?? null;
  if (kind) return kind === 'legal' || kind === 'tools' || kind === 'notes' ? null : kind;
  return foreignHeadingCue(t);
}

/**
 * Headings in other languages (lexicon/other-languages.ts), matched whole: a prefix rule would
 * take an English article's "Missions to Mars" for duties. NFC, so a decomposed "à" matches too.
 */
const FOREIGN_HEADINGS: ReadonlyArray<[CueKind, ReadonlySet<string>]> = [
  ['preferred', new Set(phrases(FOREIGN_PREFERRED_HEADING_LIST))],
  ['required', new Set(phrases(FOREIGN_REQUIREMENTS_HEADING_LIST))],
  ['responsibilities', new Set(phrases(FOREIGN_DUTIES_HEADING_LIST))],
];

function foreignHeadingCue(heading: string): CueKind | null {
  const t = heading.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'");
  for (const [kind, set] of FOREIGN_HEADINGS) if (set.has(t)) return kind;
  return null;
}

/** A list's phrases as one alternation, longest first. */
function alternation(list: LexiconList): string {
  const escaped = phrases(list)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/** Apply controls in other languages ("Candidatura semplice", "Jetzt bewerben"), the control's whole text. */
const FOREIGN_APPLY = new RegExp(`^${alternation(FOREIGN_APPLY_LIST)}(?![\\p{L}])`, 'iu');

/** Is a control's (short) text an apply action, in English or another language? */
export function isApplyText(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return APPLY.test(t) || FOREIGN_APPLY.test(t);
}

/** Phrases that ask something of a candidate in other languages ("esperienza in", "Kenntnisse in"), not inside a longer word. */
export const FOREIGN_ASKS = new RegExp(`(?<![\\p{L}])${alternation(FOREIGN_ASK_LIST)}(?![\\p{L}])`, 'iu');

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
