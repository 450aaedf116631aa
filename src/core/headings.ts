/**
 * Posting headings, read with the lexicon's heading phrases (lexicon/headings.ts), for
 * section-headings.ts: what kind of section a heading opens (headingKind, also for
 * employer-names.ts), whether a line is a heading phrase whole (isHeadingPhrase), and where a
 * heading runs into the text because a scrape lost its line breaks ("…in Python.Preferred
 * QualificationsExperience with…": runInHeadings). yearsAt serves the sentence splitter too.
 */
import { isUpper } from './char-codes';
import { HEADING_LEADS } from './heading-leads';
import { headingPhrases, type HeadingKind } from './lexicon/heading-phrases';
import type { SectionKind } from './types';

/** What each kind of heading makes of its section: a legal notice is the company's voice, a tech stack is named, not asked. */
const SECTION_OF: Record<HeadingKind, SectionKind> = {
  required: 'required',
  preferred: 'preferred',
  responsibilities: 'responsibilities',
  company: 'company',
  legal: 'company',
  benefits: 'benefits',
  tools: 'tools',
  notes: 'other',
};

/**
 * When a heading holds phrases of several kinds, the first kind here wins: "Preferred
 * Qualifications" is preferred before it is a qualification, "Benefits and Requirements" tells
 * what the employer gives before what it asks, and the company's own sections ("Our team is
 * looking for…") come last.
 */
const PRIORITY: readonly HeadingKind[] = ['preferred', 'benefits', 'legal', 'tools', 'required', 'responsibilities', 'company', 'notes'];

/**
 * What a heading announces: the lexicon's heading phrases (lexicon/headings.ts) anywhere in it.
 * A phrase inside a longer one found there counts only as the longer one ("Company Overview" is
 * the company, not an overview of the role); then the kind first in PRIORITY wins. A heading that
 * names no kind but starts "About …" is the company's ("About Meta").
 */
export function headingKind(heading: string): SectionKind | null {
  const known = KIND_OF.get(heading);
  if (known !== undefined) return known;
  const kind = readHeading(heading);
  // Postings repeat their headings ("Requirements", "What You'll Do"), and every short line is
  // asked: remember the answers, a bounded number of them.
  if (KIND_OF.size >= 4096) KIND_OF.clear();
  KIND_OF.set(heading, kind);
  return kind;
}

const KIND_OF = new Map<string, SectionKind | null>();

/** Whether the text is one of the lexicon's heading phrases, whole: "What will you do" (asked as a question), not "Are you passionate about data". */
export function isHeadingPhrase(text: string): boolean {
  return headingPhrases().findAll(text).some((f) => f.start === 0 && f.end === text.length);
}

function readHeading(heading: string): SectionKind | null {
  const found = headingPhrases().findAll(heading);
  let best: HeadingKind | null = null;
  for (const f of found) {
    if (found.some((o) => o !== f && o.start <= f.start && o.end >= f.end && o.end - o.start > f.end - f.start)) continue;
    if (best === null || PRIORITY.indexOf(f.kind) < PRIORITY.indexOf(best)) best = f.kind;
  }
  if (best !== null) return SECTION_OF[best];
  return /^about [a-z]| about [a-z]/i.test(heading) ? 'company' : null;
}

/**
 * Headings that real postings run into the next sentence once their line breaks are lost
 * ("…over time.What You'll DoBuild…"): the lexicon's posting headings as postings write them
 * (lexicon/heading-phrases.ts). Matched case-sensitively so that ordinary sentences ("what you
 * will do is…") aren't split.
 */
const WRITTEN = headingPhrases().written;

const variants = WRITTEN.flatMap((h) => [h, h.toUpperCase()]).sort((a, b) => b.length - a.length);

/**
 * What must follow a known heading: a colon or a question mark ("What will you do?"), a line break, a capital letter starting the next
 * sentence, or a run of spaces where the line break was ("Qualifications\u202f\u202f A Bachelor's…",
 * as one job site's scrape keeps it), its lead-in ("Responsibilities include, but not limited to:"),
 * or a few words and a colon ("…ownershipBonus points for:Experience with Linux…").
 * What must come before it is checked in code (runInHeadings).
 */
const AFTER_HEADING = /\s*[:;?\n\-–—•]|\s*$|\s?[A-Z0-9•*\-]|\s{2,}\S|\s(?:may )?includes?(?:,? but (?:are |is )?not limited to)?\s*:|[ \t](?:[A-Za-z'’]+[ \t]){0,3}[A-Za-z'’]+:|[ \t](?:[a-z]+[ \t])?[a-z]{3,}(?=[A-Z][a-z])/y;

/**
 * A heading that goes on as a list of section words: "Preferred Qualifications, Capabilities, And
 * Skills", "Required qualifications, capabilities, and skills:" (one bank's template, run into its
 * list), "Qualifications &amp; CompetenciesPhD…". Only comma-led words, or one capitalised word
 * after "and", so "Requirements, such as…" and "requirements and design" stay sentences.
 */
const LIST_TAIL = /(?:,\s?(?:and\s|&\s|&amp;\s)?[A-Za-z]+){1,3}|\s(?:and|&|&amp;)\s[A-Z][a-z]+/y;

/** The end of a heading found at `at`, its tail included, or -1 when what follows is no heading's end. */
function headingEnd(text: string, end: number): number {
  AFTER_HEADING.lastIndex = end;
  if (AFTER_HEADING.test(text)) return end;
  LIST_TAIL.lastIndex = end;
  if (!LIST_TAIL.test(text)) return -1;
  const tailEnd = LIST_TAIL.lastIndex;
  AFTER_HEADING.lastIndex = tailEnd;
  return AFTER_HEADING.test(text) ? tailEnd : -1;
}

/** How many first characters index the headings below (the shortest heading's length, at most 4). */
const KEY_LENGTH = Math.min(4, ...variants.map((v) => v.length));

/** The number that stands for the KEY_LENGTH characters at `at`: a look-up with no string cut out of the text. */
function keyAt(text: string, at: number): number {
  let key = 0;
  for (let k = 0; k < KEY_LENGTH; k++) key = (Math.imul(key, 31) + text.charCodeAt(at + k)) | 0;
  return key;
}

/**
 * The headings (longest first) by a number from their first characters (keyAt; two beginnings
 * that share a number share a list, still longest first, and each heading is checked in full). One
 * alternation of all 900 of them compiled to about 260 KB of machine code in every job tab and
 * took milliseconds to compile as the page's first posting was read; this finds the same matches:
 * at each place, the first heading in that order that is followed as AFTER_HEADING says.
 */
const VARIANTS_BY_KEY = (() => {
  const out = new Map<number, string[]>();
  for (const v of variants) {
    const key = keyAt(v, 0);
    const list = out.get(key);
    if (list) list.push(v);
    else out.set(key, [v]);
  }
  return out;
})();

/**
 * The first characters of the headings, as a one-class pattern: the places where a heading may
 * start are found by the regex engine's own code, not by a script loop over every character
 * (which runs slowly the first time, while a page reads its first posting).
 */
const HEADING_START = new RegExp(`[${[...new Set(variants.map((v) => v.charCodeAt(0)))].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Each known heading in the text, where AFTER_HEADING follows it: the matches, left to right and not overlapping, that one regex alternation of the headings would find. */
function knownHeadings(text: string, found: (at: number, heading: string) => void): void {
  HEADING_START.lastIndex = 0;
  // test() rather than exec(): no match array a capital; the match is one character, before lastIndex.
  while (HEADING_START.test(text)) {
    const i = HEADING_START.lastIndex - 1;
    const list = VARIANTS_BY_KEY.get(keyAt(text, i));
    if (!list) continue;
    for (const v of list) {
      if (!text.startsWith(v, i)) continue;
      const end = headingEnd(text, i + v.length);
      if (end < 0) continue;
      found(i, text.slice(i, end));
      HEADING_START.lastIndex = end;
      break;
    }
  }
}

/**
 * Glued after a sentence end or a line start, or to a lower-case word ("DoBuild", "time.What"),
 * after two spaces or more, after a spaced dash that joins it to the job's title ("…campus.Data
 * Scientist Intern - What You'll Be Doing Analyze…"), or after a symbol (arrows, ticks, emoji).
 */
function startsHeading(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0) return true;
  const glued = text[i]!;
  if (/[a-z0-9]/.test(glued)) return true;
  // Glued to an acronym that ended the last line: "…either of GCP, AWS, AZUREPreferred Qualifications:".
  if (i > 0 && /[A-Z]/.test(glued) && /[A-Z]/.test(text[i - 1]!) && /[a-z]/.test(text[at + 1] ?? '')) return true;
  while (i >= 0 && /[ \t\u00a0\u202f]/.test(text[i]!)) i--;
  // Two spaces or more: where a scrape left a line break ("…Positive Company Culture  ESSENTIAL JOB FUNCTIONS;…").
  if (i < at - 2) return true;
  if (i < at - 1 && i > 0 && /[-–—|]/.test(text[i]!) && /\s/.test(text[i - 1]!)) return true;
  // A symbol the posting lists its headings with: "🎯 What We’re Looking For:", "✔ Experience…".
  return i < 0 || /[\n.!?:;)\]\u2190-\u2bff\udc00-\udfff]/.test(text[i]!);
}

/**
 * "…Fluent in English Bonus PointsKnowledge of…", "…Go, Java Preferred QualificationsPhD…": a
 * preference heading of two words or more glued to the capital of the next line lost both its
 * line breaks; the one before it left only a space. Only preference headings, whose words say
 * nothing else: other phrases are often the tail of a longer heading ("What You'll Bring To The
 * Team", "What You'll Love About Us").
 */
function gluedToNext(text: string, at: number, heading: string): boolean {
  // …or with its colon: "…Model Development Life Cycle Preferred qualifications, capabilities, and skills: Practical…",
  // or a number of years: "…Java or Python Preferred Qualifications 2+ years…", or a space and
  // the next item's capitalised word: "…in R or Python Desired Skills Understand concepts of…".
  const ends = /^(?:[A-Z:]| ?[0-9]| [A-Z][a-z])/.test(text.slice(at + heading.length, at + heading.length + 3));
  // One word only when the next one is glued to it: "…preferably Git DesirableKnowledge of…".
  const glued = /^[A-Z][a-z]/.test(text.slice(at + heading.length, at + heading.length + 2));
  if (!(at > 0 && text[at - 1] === ' ')) return false;
  const kind = headingKind(heading);
  if (kind === 'preferred') return heading.includes(' ') ? ends : glued;
  // A requirements heading of two words or more, glued to a count of years ("…research and
  // marketing Required Qualifications2+ years of…"); not to any capital or digit, as a
  // preferences heading may be.
  return kind === 'required' && heading.includes(' ') && yearsAt(text, at + heading.length);
}

/** A count of years starts at i: "2+ years", "5 yrs" (also where a lost line break glued it to the word before). */
export const yearsAt = (text: string, i: number) => YEARS_AT.test(text.slice(i, i + 10));
const YEARS_AT = /^\d{1,2}\+? ?(?:years|yrs)\b/;

/**
 * The same headings in any case when a colon follows: "…to be contextualized.What we're looking
 * for:Depth of…", "…quality.Our stack:ML technologies…". Found from each colon backwards (a
 * posting has few colons), not by a regex over the whole text.
 */
const COLON_HEADINGS: ReadonlySet<string> = new Set(WRITTEN.map((h) => h.toLowerCase()));
const COLON_HEADING_LENGTHS = [...new Set(WRITTEN.map((h) => h.length))].sort((a, b) => b - a);
/** The last words of those headings: most colons ("e.g.:", "https:") end no heading, and this tells at once. */
const COLON_HEADING_LAST_WORDS: ReadonlySet<string> = new Set([...COLON_HEADINGS].map((h) => h.slice(h.lastIndexOf(' ') + 1)));

function colonHeadings(text: string, out: Array<{ start: number; text: string }>): void {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let word = end;
    while (word > 0 && word > end - 20 && /[A-Za-z'’-]/.test(text[word - 1]!)) word--;
    if (!COLON_HEADING_LAST_WORDS.has(text.slice(word, end).toLowerCase())) continue;
    const window = text.slice(Math.max(0, end - COLON_HEADING_LENGTHS[0]!), end).toLowerCase();
    if (window.length !== Math.min(end, COLON_HEADING_LENGTHS[0]!)) continue;
    // The longest heading that ends here: "Preferred Qualifications" before "Qualifications".
    for (const length of COLON_HEADING_LENGTHS) {
      const start = end - length;
      if (start < 0) continue;
      if (!COLON_HEADINGS.has(window.slice(window.length - length))) continue;
      // "…development.Machine Learning Engineer Requirements:3+ years…": the job's title leads it.
      let from = startsHeading(text, start) ? start : ledByCapitals(text, start, 6);
      if (from < 0 && afterSpacedWord(text, start)) from = start;
      if (from >= 0) {
        out.push({ start: from, text: text.slice(from, end) });
        break;
      }
    }
  }
}

/**
 * "…Learning control Predictive modeling Requirements: PhD in…", "…computer vision or robotics
 * Plus: Strong understanding of…": a scrape that kept one space where the line break was. A
 * heading written capitalised, with its colon, one space after a lower-case word (or a bracket,
 * a digit) is one; the colon tells it from a word of the sentence ("meets the requirements").
 */
function afterSpacedWord(text: string, at: number): boolean {
  return at >= 2 && isUpperAt(text, at) && text[at - 1] === ' ' && /[a-z0-9)]/.test(text[at - 2]!);
}
const isUpperAt = (text: string, at: number) => isUpper(text.charCodeAt(at));

/**
 * "…forecasting.Essential ResponsibilitiesBuild…", "…models.Experience Requirements4+ years…",
 * "…issues.QUALIFICATION REQUIREMENTS The requirements…": a
 * known heading word led by one or two capitalised words (a joining "/" or "&" between them counts
 * as none) that begin where a heading may begin is one heading with them. Returns where it starts, or -1.
 */
function ledByCapitals(text: string, at: number, most = 2): number {
  let start = at;
  for (let words = 0; words < most; ) {
    const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (!m) return -1;
    start -= m[0].length;
    if (startsHeading(text, start)) return start;
    // "Job Description / Requirements": the sign joining two headings is no word of theirs.
    if (!JOINING_SIGN.test(m[0])) words++;
  }
  return -1;
}
const JOINING_SIGN = /^(?:&|&amp;|\/) $/;
/** A capitalised word before a heading, its comma kept: a job's title may lead it ("Software Engineer, Machine Learning Responsibilities:"). */
const CAPITALISED_BEFORE = /(?:^|(?<![A-Z]))(?:[A-Z][a-z]{1,15},?|[A-Z]{2,15}|And|&|&amp;|\/) $/;

export function runInHeadings(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  colonHeadings(text, out);
  knownHeadings(text, (at, heading) => {
    if (out.some((h) => h.start === at)) return;
    if (startsHeading(text, at) || gluedToNext(text, at, heading)) {
      out.push({ start: at, text: heading });
      return;
    }
    const start = ledByCapitals(text, at);
    if (start >= 0) out.push({ start, text: text.slice(start, at + heading.length) });
  });
  ABOUT_COMPANY_RE.lastIndex = 0;
  for (let m = ABOUT_COMPANY_RE.exec(text); m; m = ABOUT_COMPANY_RE.exec(text)) {
    // Glued to its blurb, a name's first word is no heading's ("About The RoleYou will…").
    const glued = m.groups?.glued;
    if (glued !== undefined && HEADING_LEADS.has(glued)) continue;
    if (startsHeading(text, m.index) && !out.some((h) => h.start === m!.index)) out.push({ start: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "…ML areasAbout Meta:Meta builds…": the company's own name as a heading, with its colon, or
 * glued to the blurb's first word ("…enterprises.About ValenceWe're a Series A…", "About Stefanini
 * GroupThe Stefanini Group is…"); not the role's or the team's own headings.
 */
const ABOUT_COMPANY_RE =
  /About (?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,2}(?=:)|About (?<glued>[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2}(?=[A-Z][a-z'’])/g;
