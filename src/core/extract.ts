import { phraseSet } from './lexicon/lexicon';
import { DUTY_MATERIAL_LIST } from './lexicon/asked-only';
import { joinPoints } from './run-together';
import { lowerOf } from './folded';
import type { Matcher } from './matcher';
import type { YearsClaim } from './requirements';
import type { Candidate } from './scan';
import { sentenceAt, type Sentence, type Structure } from './sections';
import { PLUS_SIZES } from './sentence-cues';
import type { Tokens } from './tokenize';
import type { Importance, SkillHit } from './types';

const RANK: Record<Importance, number> = { required: 2, preferred: 1, mentioned: 0 };

/** How much a mention in this sentence says the posting asks for the skill. */
export function importanceOf(sentence: Sentence | null, structure: Structure): Importance {
  if (!sentence || sentence.cue === 'negated') return 'mentioned';
  switch (sentence.kind) {
    case 'company':
    case 'benefits':
      return 'mentioned';
    case 'preferred':
      return 'preferred';
    // "Our Tech Stack Includes AWS Lambdas and Fargate (Python)…": what the team works with, not an
    // ask, even in a posting without a requirements section; "Experience with any of these is a
    // plus" under it still asks.
    case 'tools':
      return sentence.cue === 'preferred' || sentence.cue === 'required' ? sentence.cue : 'mentioned';
    case 'required':
    case 'responsibilities':
      return sentence.cue === 'preferred' ? 'preferred' : 'required';
    case 'other':
      if (sentence.cue === 'preferred') return 'preferred';
      if (sentence.cue === 'required') return 'required';
      // Without headings there is nothing to set requirements apart: every skill is asked for.
      return structure.hasRequiredSection ? 'mentioned' : 'required';
  }
}

/** Years that a claim ("5+ years with Python and SQL") attaches to the skills after it in its sentence. */
function yearsFor(c: Candidate, claims: readonly YearsClaim[]): number | null {
  let years: number | null = null;
  for (const claim of claims) {
    const s = claim.sentence;
    if (c.start < s.start || c.end > s.end) continue;
    const after = c.start >= claim.end;
    const justBefore = c.end <= claim.start && claim.start - c.end <= 25;
    if (after || justBefore) years = Math.max(years ?? 0, claim.min);
  }
  return years;
}

export interface ClassifiedMention {
  candidate: Candidate;
  importance: Importance;
}

/** Words of company names that name no product: "Slack Technologies" is Slack. */
const COMPANY_FILLER = new Set('inc inc. llc ltd gmbh corp corporation co company technologies technology labs lab group holdings the and of systems software solutions'.split(' '));

/**
 * The posting company's name and its distinctive words, lower-cased ("at Slack, we…" is the
 * company, not the tool); and the names the posting gives itself (employer.ts), whole.
 */
function companyNames(company: string | undefined, named: readonly string[]): Set<string> {
  const names = new Set<string>(named.map((n) => n.toLowerCase()));
  const full = company?.trim().toLowerCase();
  if (!full) return names;
  names.add(full);
  for (const w of full.split(/[\s,]+/)) if (w.length >= 3 && !COMPANY_FILLER.has(w)) names.add(w);
  return names;
}

/**
 * Where the employer's names of two words or more stand in the text (case as written): a skill
 * inside one names the employer ("AI" of "Together AI", "Electronics" of "Samsung Electronics
 * America"). One-word names are the mention itself, checked whole.
 */
function employerNameRanges(text: string, names: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const name of names) {
    if (!name.includes(' ')) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push([at, at + name.length]);
  }
  return out;
}

/**
 * What stands before " in " when a degree names its fields: "BS/MS", "Ph.D.)", "a degree", "Master's or PhD",
 * "MS (PhD preferred)", "BS (or MS)" (another degree in brackets after the first), and the words a
 * degree may take before " in ": "Bachelor’s of Science in", "a degree preferably in", "Master
 * focused in", "Bachelor’s Degree with a major in".
 * "degree" and a dotted "M.S." need no word start: a heading whose line break was lost runs into
 * them ("RequirementsEducationDegree must be in", "YOU BRING TO PELOTONM.S. in"), and no word ends in either.
 */
const DEGREE_BEFORE_IN =
  /(?:degrees?|bachelor['’]?s?|\bmasters?['’]?s?|ph\.?\s?d\.?|doctorate|\b[bm]\.?s\.?c?\.?|[bm]\.s\.|\b[bm]\.?a\.?|\bm\.?eng|\bb\.?tech|\bgraduated?|\bpursuing)\)?(?: of (?:science|arts))?(?: degree)?(?: \((?:or )?(?:ph\.?\s?d|doctorate|masters?|m\.?s|bachelor)[^()]{0,25}\))?(?: or [\w.'’/ ]{1,30})?(?: must be| should be| focused|,? (?:preferably|ideally|preferred)|,? with an? (?:focus|concentration|specialization|emphasis|major))?$/;
/**
 * Where the list of fields starts after " in ": "the field of", "a field such as", "a highly
 * quantitative field (computer science, physics…)" (the list then ends at its bracket).
 */
const FIELDS_START =
  /^(?:the field of |a field such as |(?:an? )?(?:(?:highly |strongly )?(?:quantitative|technical|relevant|related|scientific|stem|engineering)(?: or technical)?(?: related)? (?:field|discipline)s?(?:,? (?:such as|like|including|e\.g\.,?) ?| ?\())|an? )?/;
const FIELDS_END = /\b(?:or (?:an? )?(?:closely )?(?:related|similar|equivalent|other|relevant)|related (?:field|discipline)|and \d|with \d|preferred|required)\b|[.;:\n(]|\d\+? ?years/i;

/** How a list of fields of study ends: "or a related technical discipline", "or similar field". */
const OR_RELATED_FIELD = /^or (?:an? )?(?:closely )?(?:related|similar|equivalent|other|relevant)(?: [\w-]+)? (?:field|discipline|area|subject)/i;

const FOCUS_BEFORE_ON = /(?:focus|concentration|specialization|emphasis)$/;
/** Where the first list item glued to a word starts in the text ("learningExperience" → "Experience"), by run-together.ts's rules: not inside a name ("BioStatistics", "FinTech"). */
function gluedItemAt(text: string): number {
  for (const m of text.matchAll(/[A-Za-z0-9]{5,}/g)) {
    const at = joinPoints(m[0])[0];
    if (at !== undefined) return m.index + at;
  }
  return -1;
}
const IN_ON = / [io]n /g;

/**
 * The fields of study a degree line names: "BS/MS in Computer Science, Statistics or a related
 * field", "Ph.D.) in Statistics". They say what the candidate studied, not a skill to list as
 * missing; the same skill asked elsewhere in the posting still counts there.
 */
export function degreeFieldRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // From each " in " (a posting has a few dozen) back to a degree word: far cheaper than a
  // case-insensitive pattern tried at every position of the text.
  // " on " only after a focus: "PhD or equivalent, with a focus on computer science, bioinformatics…".
  // One pass finds both: searching for each from every " in " read the text again up to the next " on ".
  IN_ON.lastIndex = 1;
  for (let m = IN_ON.exec(text); m; m = IN_ON.exec(text)) {
    const at = m.index;
    // Most " on " follow no focus: told from the word before it, without the degree pattern.
    if (text[at + 1] === 'o' && !FOCUS_BEFORE_ON.test(text.slice(Math.max(0, at - 14), at).toLowerCase())) continue;
    const before = text.slice(Math.max(0, at - 45), at).toLowerCase();
    const degree = DEGREE_BEFORE_IN.test(before);
    if (!degree && !before.endsWith('background')) continue;
    const after = at + 4;
    const lead = FIELDS_START.exec(text.slice(after, after + 70).toLowerCase())![0];
    const start = after + lead.length;
    const rest = text.slice(start, start + 160);
    const close = lead.endsWith('(') ? rest.indexOf(')') : -1;
    let end = close >= 0 ? { index: close } : FIELDS_END.exec(rest);
    // "…in computer science or machine learningExperience in time series…": the list ends where the
    // next item is glued to it, its line break lost.
    const glued = gluedItemAt(rest);
    if (glued >= 0 && (!end || glued < end.index)) end = { index: glued };
    // "a background in Software Development, Computer Science, or a related technical discipline"
    // lists fields of study as a degree line does; "a background in statistics" asks for it.
    if (!degree && !(end && OR_RELATED_FIELD.test(rest.slice(end.index)))) continue;
    out.push([start, start + (end ? end.index : rest.length)]);
  }
  return out;
}

/** A clause that ends its sentence as a preference: ", with exposure to Go and SQL being a plus". */
const BEING_A_PLUS = new RegExp(String.raw`,\s*with\b[^,;]*\bbeing (?:an? )?(?:(?:${PLUS_SIZES.join('|')}) )?(?:plus|bonus|advantage|preferred)\W*$`, 'i');

/** Whether an open bracket before this point is still open. */
const inBrackets = (before: string) => before.lastIndexOf('(') > before.lastIndexOf(')');

/**
 * A preference inside an ask: the skills named after it are nice to have, not required. "…ML
 * operations, and possibly experience in Large Language Models or Reinforcement Learning": what
 * may possibly be there is not required either (5 of 488 postings; readers call it preferred).
 */
const PREFERENCE_ADVERBS = ['preferably', 'ideally', 'possibly'];
const PREFERABLY_ALL = new RegExp(`\\b(?:${PREFERENCE_ADVERBS.join('|')})\\b`, 'gi');

/**
 * A count of years after the preference opens the next requirement: "…solutions, preferably in a
 * large-scale enterprise setting (fewer years may be accepted) 1 year of SQL and programming experience".
 */
const NEXT_YEARS_ASK = /\b\d{1,2}\+?\s*(?:years?|yrs?)\b/i;
/** The years the preference itself asks for: "preferably 3+ years of…", "ideally at least 2 years…". */
const OWN_YEARS = /^\w+,?\s+(?:(?:at least|a minimum of|over|more than|around|about)\s+)?\d/i;

/**
 * The last preference adverb ("preferably", "ideally", "possibly") before a mention still covers
 * it: not when it was said inside brackets that closed before the mention ("Experience with coding
 * (preferably in Python), basic backend systems, and databases": the databases are asked), nor
 * across a count of years other than the preference's own (NEXT_YEARS_ASK, OWN_YEARS).
 */
function preferablyCovers(before: string): boolean {
  let last = -1;
  PREFERABLY_ALL.lastIndex = 0;
  for (let m = PREFERABLY_ALL.exec(before); m; m = PREFERABLY_ALL.exec(before)) last = m.index;
  if (last < 0) return false;
  const after = before.slice(last);
  if (!OWN_YEARS.test(after) && NEXT_YEARS_ASK.test(after)) return false;
  const opened = before.lastIndexOf('(', last) > before.lastIndexOf(')', last);
  return !opened || before.indexOf(')', last) < 0;
}

/**
 * Where a preference adverb ("preferably", "ideally", "possibly"; any case) starts in the text, in
 * order: a mention can follow one only if one starts between its sentence's start and it. Null
 * when lower-casing moved offsets (then every mention's text is searched).
 */
function preferablyAt(text: string): number[] | null {
  const lower = lowerOf(text);
  if (lower.length !== text.length) return null;
  const out: number[] = [];
  for (const word of PREFERENCE_ADVERBS) for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) out.push(at);
  return out.sort((a, b) => a - b);
}

/** The posting's skills, one entry a skill, with all mentions and the strongest importance. */
export function collectSkills(
  tokens: Tokens,
  matcher: Matcher,
  structure: Structure,
  claims: readonly YearsClaim[],
  company?: string,
  employer: readonly string[] = [],
): SkillHit[] {
  return skillsOf(classifyMentions(tokens, matcher, structure, company, employer), claims, matcher, structure, tokens.text);
}

/** collectSkills over mentions already classified (the engine keeps them for the page's highlights). */
export function skillsOf(
  classified: readonly ClassifiedMention[],
  claims: readonly YearsClaim[],
  matcher: Matcher,
  structure: Structure,
  text: string,
): SkillHit[] {
  const bySkill = new Map<string, SkillHit>();
  /** Per skill: how often the qualifications prefer it, and how often the duties name it. */
  const preferredInQualifications = new Map<string, number>();
  const inDuties = new Map<string, number>();
  const requiredInQualifications = new Set<string>();
  /** Each sentence read for tags once: most hold several mentions. */
  const tagLines = new Map<Sentence, boolean>();
  const tagLine = (sentence: Sentence) => {
    let tags = tagLines.get(sentence);
    if (tags === undefined) tagLines.set(sentence, (tags = isTagLine(text, sentence)));
    return tags;
  };
  for (const { candidate: c, importance: asked } of classified) {
    const sentence = sentenceAt(structure.sentences, c.start);
    // A recruiter's line of tags ("KEYWORDS Python | SQL | AWS | Docker") asks nothing of its
    // own: a skill only it names is nice to have, and it weighs in no other rule.
    const tagged = asked === 'required' && sentence !== null && tagLine(sentence);
    const importance: Importance = tagged ? 'preferred' : asked;
    // A tag line counts in neither the duties nor the qualifications. A duties heading over
    // sentences worded as asks ("Experience with programming in R") heads requirements that run on.
    if (!tagged) {
      if (importance === 'required' && sentence?.kind === 'responsibilities' && sentence.asksFor !== true) inDuties.set(c.skillId, (inDuties.get(c.skillId) ?? 0) + 1);
      // The tail of a run-on line that asks ("…required for LLM re-training… is an added advantage")
      // prefers what its own last item names, not the skill the line asked for before it.
      else if (importance === 'preferred' && sentence?.preferredFrom === undefined) preferredInQualifications.set(c.skillId, (preferredInQualifications.get(c.skillId) ?? 0) + 1);
      else if (importance === 'required') requiredInQualifications.add(c.skillId);
    }
    const years = importance === 'mentioned' ? null : yearsFor(c, claims);
    const mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    const hit = bySkill.get(c.skillId);
    if (!hit) {
      const skill = matcher.index.skills.get(c.skillId);
      bySkill.set(c.skillId, { id: c.skillId, name: skill?.name ?? c.skillId, importance, years, mentions: [mention] });
      continue;
    }
    hit.mentions.push(mention);
    if (RANK[importance] > RANK[hit.importance]) hit.importance = importance;
    if (years !== null) hit.years = Math.max(hit.years ?? 0, years);
  }
  // "Build pipelines in Airflow" in the duties and "Airflow is a plus" in the qualifications: the
  // qualifications say how much the candidate needs it, and they call it a preference; unless
  // the duties name it more often than that (the field of the job: "machine learning" in every
  // duty and once in "low-level machine learning optimization, optional").
  for (const [id, preferred] of preferredInQualifications) {
    const hit = bySkill.get(id)!;
    if (hit.importance === 'required' && !requiredInQualifications.has(id) && (inDuties.get(id) ?? 0) <= preferred) hit.importance = 'preferred';
  }
  return [...bySkill.values()];
}

/** How many separators make a line a list of tags: "Python | SQL | AWS | Docker". */
const TAG_SEPARATORS = 3;

/** What opens a recruiter's line of tags: "KEYWORDS", "Tags:" ("Skills: Python | SQL | …" is a list of asks). */
const TAGS_OPENER = /^\W*(?:[Kk]ey ?[Ww]ords|KEY ?WORDS|[Tt]ags|TAGS)(?:\b|(?=[A-Z]))/;
const TAGS_LABEL_BEFORE = /\b(?:key ?words|tags)\s*:?\s*$/i;

/** A recruiter's line of tags: it opens with its label, has more than three " | " and no more than three words a tag on average. */
function isTagLine(text: string, sentence: Sentence): boolean {
  const body = text.slice(sentence.start, sentence.end);
  // The label opens the line, or stands on the line before ("KEYWORDS" as a heading).
  if (!TAGS_OPENER.test(body) && !TAGS_LABEL_BEFORE.test(text.slice(Math.max(0, sentence.start - 20), sentence.start))) return false;
  const tags = body.split('|');
  if (tags.length <= TAG_SEPARATORS + 1) return false;
  const words = body.split(/\s+/).filter((w) => w !== '|' && w !== '').length;
  return words / tags.length <= 3;
}

const DUTY_MATERIAL = phraseSet(DUTY_MATERIAL_LIST);

/**
 * A kind of data a duty works on ("work with structured and unstructured data"): the duty names
 * the job's material, it asks no skill; unless the duty is worded as an ask ("Experience with
 * unstructured data" under the duties) or says it is required.
 */
function dutyMaterial(text: string, c: Candidate, sentence: Sentence | null): boolean {
  if (sentence === null || sentence.kind !== 'responsibilities' || sentence.asksFor === true || sentence.cue !== null) return false;
  return DUTY_MATERIAL.has(text.slice(c.start, c.end).toLowerCase().replace(/[\s-]+/g, ' '));
}

/** Every skill mention with what its sentence says of it: asked for, nice to have, or only mentioned. */
export function classifyMentions(tokens: Tokens, matcher: Matcher, structure: Structure, company?: string, employer: readonly string[] = []): ClassifiedMention[] {
  const own = companyNames(company, employer);
  const fields = degreeFieldRanges(tokens.text);
  const inFields = (c: Candidate) => fields.some(([s, e]) => c.start >= s && c.end <= e);
  const named = employerNameRanges(tokens.text, company ? [company.trim(), ...employer] : employer);
  const inName = (c: Candidate) => named.some(([s, e]) => c.start >= s && c.end <= e);
  // Most sentences say neither word: then no mention follows one, and the text before it needn't
  // be cut out and searched.
  const preferably = preferablyAt(tokens.text);
  const saysPreferablyBefore = (s: Sentence, at: number) => {
    if (preferably === null) return true;
    let lo = 0;
    let hi = preferably.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (preferably[mid]! < s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < preferably.length && preferably[lo]! < at;
  };
  // "Strong Python skills, with exposure to Go and SQL being a plus": where the clause of the plus starts, per sentence.
  const plusClauses = new Map<Sentence, number>();
  const inBeingAPlus = (sentence: Sentence, at: number) => {
    let from = plusClauses.get(sentence);
    if (from === undefined) {
      const body = tokens.text.slice(sentence.start, sentence.end);
      const m = body.includes('being') ? BEING_A_PLUS.exec(body) : null;
      plusClauses.set(sentence, (from = m ? sentence.start + m.index : -1));
    }
    return from >= 0 && at >= from;
  };
  // "at ZoomInfo scale" names the company, not Slack's "Zoom" glued to "Info".
  return matcher.match(tokens, own).map((c) => {
    // "We're hiring a Senior Python Developer" names the job, "At Slack, we…" the employer and
    // "a degree in Statistics" what the candidate studied; what the posting asks for is said elsewhere.
    // "#LLM #GPT #MachineLearning": a recruiter's hashtags are for search engines, not asks.
    const hashtag = c.start > 0 && tokens.text.charCodeAt(c.start - 1) === 35;
    if (c.inRoleName || hashtag || (own.size > 0 && own.has(tokens.text.slice(c.start, c.end).toLowerCase())) || inName(c) || inFields(c)) {
      return { candidate: c, importance: 'mentioned' };
    }
    const sentence = sentenceAt(structure.sentences, c.start);
    if (dutyMaterial(tokens.text, c, sentence)) return { candidate: c, importance: 'mentioned' };
    const importance = importanceOf(sentence, structure);
    // "Experience with cloud platforms, preferably GCP": what follows "preferably" is the preference.
    let preferredAfter = false;
    if (importance === 'required' && sentence !== null && (sentence.preferredInBrackets === true || saysPreferablyBefore(sentence, c.start))) {
      const before = tokens.text.slice(sentence.start, c.start);
      preferredAfter = preferablyCovers(before) || (sentence.preferredInBrackets === true && inBrackets(before));
    }
    if (!preferredAfter && importance === 'required' && sentence !== null) preferredAfter = inBeingAPlus(sentence, c.start);
    // "Expertise in graph databases, Neo4j preferred, and…": the aside is the preference.
    const aside = sentence?.preferredAside;
    if (!preferredAfter && importance === 'required' && aside !== undefined) preferredAfter = c.start >= aside[0] && c.end <= aside[1];
    // A long run-on line that asks, then ends on "…is an added advantage": its last item is the preference.
    if (!preferredAfter && importance === 'required' && sentence?.preferredFrom !== undefined) preferredAfter = c.start >= sentence.preferredFrom;
    return { candidate: c, importance: preferredAfter ? 'preferred' : importance };
  });
}

