import { JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST } from '../core/lexicon/job-titles';
import { phrases, type LexiconList } from '../core/lexicon/lexicon';
import { FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_REQUIREMENTS_HEADING_LIST } from '../core/lexicon/other-languages';

/** Words that mark a job posting: section headings, apply buttons, job phrases, job-title nouns. */

export type CueKind = 'requirements' | 'preferred' | 'responsibilities' | 'about' | 'benefits';

/** Section headings of postings, matched against the whole (short) heading text. */
const HEADINGS: ReadonlyArray<[CueKind, RegExp]> = [
  ['preferred', /^(preferred|desired|bonus|nice[- ]to[- ]haves?|pluses|extra credit|it'?s? (would be )?(a plus|great|nice) if|additional qualifications)\b/],
  ['requirements', /^(requirements|(minimum |basic |required |key |essential |your )?qualifications|required (skills|experience)|what we'?re looking for|what we are looking for|what are we looking for|what you('ll)? (need|bring)|what you will (need|bring)|who you are|about you|you (have|bring|might be a fit)|skills( and| &) experience|your (profile|skills|experience|background)|must[- ]haves?|(the )?ideal candidate|experience( and| &) skills|personal attributes|who we'?re looking for|job requirements)\b/],
  ['responsibilities', /^((key |main |your |job )?responsibilities|what you('ll| will) (do|work on|be doing)|your (role|mission|impact|day)|the role|(key )?duties|in this role|day[- ]to[- ]day|what the job involves|role responsibilities|your tasks|what you'll be doing|what would you do|roles? and responsibilities)\b/],
  ['about', /^(about (the|this) (role|job|position|team|opportunity)|job (description|summary|overview)|position (summary|overview|description)|role (overview|description|summary)|the opportunity|overview|introduction|who we are|about us)\b/],
  ['benefits', /^(benefits|perks|what we offer|compensation|salary|pay range|why (join|work)|what'?s in it for you|we offer)\b/],
];

/**
 * Headings in other languages, matched whole: a prefix rule would take an English article's
 * "Missions to Mars" for duties. NFC, so a decomposed "à" matches too.
 */
const FOREIGN_HEADINGS: ReadonlyArray<[CueKind, ReadonlySet<string>]> = [
  ['preferred', new Set(phrases(FOREIGN_PREFERRED_HEADING_LIST))],
  ['requirements', new Set(phrases(FOREIGN_REQUIREMENTS_HEADING_LIST))],
  ['responsibilities', new Set(phrases(FOREIGN_DUTIES_HEADING_LIST))],
];

export function headingCue(text: string): CueKind | null {
  const t = text.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/[:：.!?\s]+$/, '').trim();
  if (t.length === 0 || t.length > 60) return null;
  for (const [kind, re] of HEADINGS) if (re.test(t)) return kind;
  for (const [kind, set] of FOREIGN_HEADINGS) if (set.has(t)) return kind;
  return null;
}

/** A list's phrases as one alternation, longest first, not inside a longer word (any script). */
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

/** Phrases that ask something of a candidate in other languages ("esperienza in", "Kenntnisse in"). */
export const FOREIGN_ASKS = new RegExp(`(?<![\\p{L}])${alternation(FOREIGN_ASK_LIST)}(?![\\p{L}])`, 'iu');

/** Apply controls, matched against the whole (short) control text. */
export const APPLY = /^(apply|apply now|apply here|apply today|apply online|easy apply|quick apply|apply for (this|the) (job|position|role)|apply (on|at|via) (the )?company (site|website)|submit( your)? application|start (your )?application|i'?m interested)\b/i;

/** Phrases typical of posting bodies; each distinct one is a little evidence. */
export const JOB_PHRASES: readonly RegExp[] = [
  /\b\d+\s*\+?\s*(years?|yrs)['’]?\s+(of\s+)?([a-z-]+\s+){0,3}experience\b/i,
  /\bequal (employment )?opportunity\b/i,
  /\b(full[- ]time|part[- ]time|permanent|fixed[- ]term)\b/i,
  /\b(salary|per annum|per year|per hour|compensation|base pay)\b/i,
  /\b(we are|we're) (looking|seeking|hiring)\b/i,
  /\bthe (ideal|successful) candidate\b/i,
  /\byou will\b/i,
  /\b(bachelor'?s|master'?s|ph\.?d\.?|degree) in\b/i,
];

/** Nouns that end job titles ("Senior Data Scientist", "Frontend Developer"): the lexicon's job-title list. */
export const JOB_TITLE = new RegExp(`\\b(${[...phrases(JOB_TITLE_LIST), ...phrases(PAGE_JOB_TITLE_LIST), 'internship', 'head of'].join('|')})s?\\b`, 'i');

/** Titles of lists of roles ("Open Positions", "46 jobs in India", "Remote Jobs in Design"). */
export const LIST_TITLE = /\b(open (positions|roles|jobs)|current (openings|vacancies)|job (openings|board|listings|search)|\d[\d,]*\+?\s+(\w+\s+)?jobs|jobs (at|in|for)|remote jobs|all jobs|vacancies|career opportunities)\b/i;

/** Headings of careers pages themselves, never a posting's title. */
export const GENERIC_TITLE = /^(careers?|jobs|join (the|our|us)( team)?|open (positions|roles|jobs)|current (openings|vacancies)|work with us|we('re| are) hiring|job openings|vacancies)\b/i;
