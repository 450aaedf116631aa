import { lowerOf } from './folded';
import type { Degree, Seniority } from './schema';
import type { Sentence } from './sections';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};

const NUM = `(\\d{1,2}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "5+ years", "3-5 years", "3 to 5 yrs", "five (5) years", "minimum of 4 years". */
const YEARS_RE = new RegExp(
  `(?<![\\d.A-Za-z])${NUM}(?:\\s*\\(\\d{1,2}\\))?\\s*(\\+|plus)?\\s*(?:(?:-|–|—|to)\\s*${NUM}\\s*\\+?\\s*)?(?:years?|yrs?)\\b`,
  'gi',
);
/** What makes a number of years an experience requirement rather than history or tenure. */
const EXPERIENCE_CONTEXT = /\b(experience|exp\b|experienced|working (with|in|on)|background|track record|professional|industry|hands[\s-]on|proficien|expertise|building|developing|shipping|of work|in (a|the) (role|field))/i;
/** The company's age, headcount or history, or a benefit: not what the candidate must have. */
const NOT_A_REQUIREMENT = /\b(for (more than|over|nearly|almost)|since|founded|established|in business|history|anniversary|we('ve| have) been|has been|have been|celebrat|vested|vesting|warranty|old\b|ago\b|annual|per year|a year|each year|years? of age|age of)/i;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
  return Number.isFinite(n) ? n : null;
}

export interface YearsClaim {
  /** Where the "5+ years" phrase sits. */
  start: number;
  end: number;
  min: number;
  sentence: Sentence;
}

/**
 * Experience asked for, per sentence: "5+ years of experience with Python" but not
 * "For more than 50 years, Acme has…" nor "401(k) vested after 3 years".
 */
export function findYears(text: string, sentences: readonly Sentence[]): YearsClaim[] {
  const out: YearsClaim[] = [];
  const words = yearWords(text);
  let w = 0;
  for (const s of sentences) {
    if (s.kind === 'company' || s.kind === 'benefits' || s.cue === 'negated') continue;
    // A claim needs "year" or "yr" in the sentence: most sentences have neither, and skip the pattern.
    if (words) {
      while (w < words.length && words[w]! < s.start) w++;
      if (w === words.length || words[w]! >= s.end) continue;
    }
    const body = text.slice(s.start, s.end);
    YEARS_RE.lastIndex = 0;
    for (let m = YEARS_RE.exec(body); m; m = YEARS_RE.exec(body)) {
      const min = num(m[1]);
      if (min === null || min > 25 || min === 0 && !m[2]) continue;
      const before = body.slice(Math.max(0, m.index - 40), m.index);
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (NOT_A_REQUIREMENT.test(before) || NOT_A_REQUIREMENT.test(after.slice(0, 25))) continue;
      if (!EXPERIENCE_CONTEXT.test(body)) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, min, sentence: s });
    }
  }
  return out;
}

/**
 * Where "year" or "yr" (any case) starts in the text, in order; null when lower-casing moves
 * offsets (then every sentence is tried). The sentences of findYears come in text order.
 */
function yearWords(text: string): number[] | null {
  const low = lowerOf(text);
  if (low.length !== text.length) return null;
  const out: number[] = [];
  for (let at = low.indexOf('y'); at >= 0; at = low.indexOf('y', at + 1)) {
    if (low.startsWith('r', at + 1) || low.startsWith('ear', at + 1)) out.push(at);
  }
  return out;
}

/** Each degree as words (any case) or as capital abbreviations ("BS", "MS": never "ms" in "platforms"). */
const DEGREE_PATTERNS: Array<[Degree, RegExp, RegExp]> = [
  ['phd', /\b(ph\.?\s?d|doctorate|doctoral)\b/i, /\b(PhD|PHD|Ph\.D)\b/],
  [
    'master',
    /\b(master['’]?s|masters|master of|m\.sc|msc|m\.eng|graduate degree|advanced degree)\b/i,
    /\b(MS|M\.S|MSc|MEng|MBA|MA)\b/,
  ],
  [
    'bachelor',
    /\b(bachelor['’]?s|bachelors|bachelor of|b\.sc|bsc|b\.tech|btech|b\.eng|undergraduate degree|(4|four)[\s-]year degree|college degree|university degree)\b/i,
    /\b(BS|B\.S|BSc|BA|B\.A|BEng|BE)\b/,
  ],
];
const DEGREE_CONTEXT = /\b(degree|ph\.?\s?d|doctora|bachelor|master|bs|ms|bsc|msc|in (computer science|cs|math|statistics|engineering|physics|a (related|quantitative|technical) field)|or equivalent|graduate)/i;
const LEVEL: Record<Degree, number> = { bachelor: 1, master: 2, phd: 3 };

/**
 * A degree run into the word before it, where scraping lost the line break: "…and CI/CDBachelor's
 * or Master's degree", "QualificationsBS, MS, or PhD". A degree's word after any letter, its
 * abbreviation after a small one only ("LLMS" is no MS).
 */
const GLUED_DEGREE = /(?<=\p{L})(?=Bachelor|Master|Doctora|Ph\.?D)|(?<=\p{Ll})(?=(?:BS|MS|B\.S|M\.S)\b)/gu;
/** What every glued degree holds: most sentences have none, and this plain search is far cheaper than the look-behinds. */
const DEGREE_WORD = /Bachelor|Master|Doctora|Ph\.?D|BS|MS|B\.S|M\.S/;
const unglueDegrees = (body: string) => (DEGREE_WORD.test(body) ? body.replace(GLUED_DEGREE, ' ') : body);

function degreesIn(sentence: string): Degree[] {
  return DEGREE_PATTERNS.filter(([, words, abbrev]) => words.test(sentence) || abbrev.test(sentence)).map(([d]) => d);
}

/**
 * The lowest degree the posting accepts: "BS/MS/PhD in CS" → bachelor, "PhD required" → phd,
 * "Master's or PhD" → master. Degrees in required sentences win over preferred ones.
 */
export function findDegree(text: string, sentences: readonly Sentence[]): Degree | null {
  let required: Degree | null = null;
  let preferred: Degree | null = null;
  for (const s of sentences) {
    if (s.kind === 'company' || s.kind === 'benefits') continue;
    const body = unglueDegrees(text.slice(s.start, s.end));
    if (!DEGREE_CONTEXT.test(body)) continue;
    const found = degreesIn(body);
    if (found.length === 0) continue;
    const lowest = found.reduce((a, b) => (LEVEL[a] <= LEVEL[b] ? a : b));
    const isPreferred = s.kind === 'preferred' || (s.cue === 'preferred' && !/\b(required|minimum)\b/i.test(body));
    if (isPreferred) {
      if (!preferred || LEVEL[lowest] < LEVEL[preferred]) preferred = lowest;
    } else if (!required || LEVEL[lowest] < LEVEL[required]) {
      required = lowest;
    }
  }
  return required ?? preferred;
}

const TITLE_SENIORITY: Array<[Seniority, RegExp]> = [
  ['intern', /\b(intern|internship|co-?op|apprentice)\b/i],
  ['director', /\b(director|head of|vp|vice president|chief)\b/i],
  ['manager', /\b(manager|mgr)\b/i],
  ['principal', /\b(principal|distinguished|fellow)\b/i],
  ['staff', /\b(staff|sr\.? staff)\b/i],
  ['lead', /\b(lead|tech lead|team lead)\b/i],
  ['senior', /\b(senior|sr\.?|snr|level (iii|3|iv|4)|\b(iii|iv))\b/i],
  ['junior', /\b(junior|jr\.?|entry[\s-]level|graduate|new grad|associate|level (i|1)\b)\b/i],
  ['mid', /\b(mid[\s-]level|intermediate|\bii\b|level (ii|2))\b/i],
];

/** Seniority said in the text, strongest first; one combined pass over the text finds them all. */
const TEXT_SENIORITY: Array<[Seniority, string]> = [
  ['intern', String.raw`this (?:is an? )?internship|intern(?:ship)? (?:program|position|role)`],
  ['lead', String.raw`lead (?:a|the|our) team|leading (?:a|the) team|manage (?:a|the) team of|people management|direct reports|team lead`],
  ['principal', String.raw`principal[\s-](?:level|engineer|scientist)`],
  ['staff', String.raw`staff[\s-](?:level|engineer|scientist)`],
  ['senior', String.raw`senior[\s-](?:level|engineer|scientist|role|position)`],
  ['junior', String.raw`entry[\s-]level|junior (?:role|position)|new grad(?:uate)?s?|recent graduates?`],
];
// One \b before the alternation rather than one a branch: V8 then tries the branches only at word starts.
const TEXT_SENIORITY_SOURCE = `\\b(?:${TEXT_SENIORITY.map(([, re]) => `(${re})\\b`).join('|')})`;
const TEXT_SENIORITY_RE = new RegExp(TEXT_SENIORITY_SOURCE, 'gi');
/** The same pattern (all lower case) without the i flag, for the lower-cased text: case-insensitive alternations are slow in V8. */
const TEXT_SENIORITY_LOWER_RE = new RegExp(TEXT_SENIORITY_SOURCE, 'g');

function seniorityInText(text: string): Seniority | null {
  let best = TEXT_SENIORITY.length;
  // The lower-cased text reads the same where its offsets hold and no Kelvin sign (K) became a "k" the i flag wouldn't match.
  const low = lowerOf(text);
  const onLower = low.length === text.length && !text.includes('\u212a');
  const re = onLower ? TEXT_SENIORITY_LOWER_RE : TEXT_SENIORITY_RE;
  const subject = onLower ? low : text;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m && best > 0; m = re.exec(subject)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    if (group >= 0 && group < best) best = group;
  }
  return best < TEXT_SENIORITY.length ? TEXT_SENIORITY[best]![0] : null;
}

/** The level a job title states ("Staff ML Engineer" → staff), or null. */
export function seniorityInTitle(title: string): Seniority | null {
  for (const [level, re] of TITLE_SENIORITY) if (re.test(title)) return level;
  return null;
}

/** Seniority from the title first, then explicit words in the text, then the years asked. */
export function findSeniority(title: string | null, text: string, minYears: number | null): Seniority | null {
  const inTitle = title ? seniorityInTitle(title) : null;
  if (inTitle) return inTitle;
  const said = seniorityInText(text);
  if (said) return said;
  if (minYears === null) return null;
  if (minYears >= 10) return 'principal';
  if (minYears >= 8) return 'staff';
  if (minYears >= 5) return 'senior';
  if (minYears >= 2) return 'mid';
  return 'junior';
}
