import { asksOfCandidate, isDutyOfYou } from './candidate-asks';
import { gluedNoticeStart } from './legal-notices';
import { headingKind, isHeadingPhrase, runInHeadings } from './headings';
import { leadsInPreference, preferenceReach, preferredAside, preferredOnlyInBrackets, withoutBrackets } from './preference-scope';
import { opensOnPlusBracket, runOnItemStart, sentenceBreaks } from './sentence-breaks';
import { cueOf, sentenceCues, type SentenceCue } from './sentence-cues';
import type { SectionKind } from './types';
import { voiceOrPerkKind } from './voice-and-perks';

export interface Sentence {
  start: number;
  end: number;
  kind: SectionKind;
  cue: SentenceCue;
  /** The preference is said only in brackets ("cloud platforms (GCP preferred)"): the skills in brackets are the preference. */
  preferredInBrackets?: true;
  /**
   * A list run together into one long line that asks ("…layers that are required for LLM
   * re-training MLOps with model management exposure is an added advantage"): from here on, the
   * preference it ends on covers the skills; before it, they stay asked.
   */
  preferredFrom?: number;
  /** "Expertise in graph databases, Neo4j preferred, and their query languages": the aside the preference covers, start and end. */
  preferredAside?: readonly [number, number];
  /**
   * Worded as an ask of the candidate ("Experience with programming in R", "Good understanding
   * of causal inference"): under a duties heading, a qualification all the same.
   */
  asksFor?: true;
}

export interface Heading {
  start: number;
  end: number;
  text: string;
  kind: SectionKind;
}

export interface Structure {
  headings: Heading[];
  /** Sentences in text order, each with the section it belongs to; gaps are whitespace. */
  sentences: Sentence[];
  hasRequiredSection: boolean;
}

const BULLET_RE = /^[\s•·*▪◦●○■□–—>-]*(?:\d{1,2}[.)]\s+)?/;

function lineHeading(line: string): string | null {
  const bulleted = BULLET_RE.exec(line)![0].trim() !== '';
  const body = line.replace(BULLET_RE, '').trim();
  if (body.length === 0 || body.length > 70) return null;
  const words = body.split(/\s+/);
  if (body.endsWith(':')) return words.length <= 9 ? body.slice(0, -1) : null;
  // A heading asked as a question is one of the lexicon's phrases, whole: "What will you do?".
  if (body.endsWith('?')) return !bulleted && words.length <= 9 && isHeadingPhrase(body.slice(0, -1).trim()) ? body.slice(0, -1).trim() : null;
  // Without a colon, a heading is a short line that is not a list item and has no full stop:
  // "Experience with Spark and Airflow" under a bullet is a requirement, not a heading.
  if (bulleted || /[.!?;,]$/.test(body) || words.length > 6) return null;
  return body;
}

/** "Requirements: 5+ years of …" — a heading that opens its own line. */
function leadingHeading(line: string): { text: string; length: number } | null {
  const m = /^([^:]{3,45}):\s*\S/.exec(line.replace(BULLET_RE, ''));
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  return { text: m[1]!, length: m[0].length - 1 };
}

function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const taken: Array<[number, number]> = [];
  for (const h of runInHeadings(text)) {
    const kind = headingKind(h.text);
    if (kind) {
      headings.push({ start: h.start, end: h.start + h.text.length, text: h.text, kind });
      taken.push([h.start, h.start + h.text.length]);
    }
  }
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const overlaps = taken.some(([s, e]) => s < lineEnd && e > lineStart);
    if (!overlaps) {
      const whole = lineHeading(line);
      const kind = whole ? headingKind(whole) : null;
      if (whole && kind) {
        headings.push({ start: lineStart, end: lineEnd, text: whole, kind });
      } else {
        const lead = leadingHeading(line);
        const leadKind = lead ? headingKind(lead.text) : null;
        if (lead && leadKind) {
          const offset = line.length - line.replace(BULLET_RE, '').length;
          headings.push({ start: lineStart + offset, end: lineStart + offset + lead.length, text: lead.text, kind: leadKind });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings.sort((a, b) => a.start - b.start);
}

/**
 * "…previous workTech stack: Python, Go, PyTorch5+ years of experience with Python…": a stack named
 * inside the requirements is one of them; a stack the team calls its own ("Our stack:", "Tools We
 * Use") is the team's wherever it stands.
 */
function sectionAfter(current: SectionKind, next: Heading): SectionKind {
  const inRequirements = current === 'required' || current === 'preferred';
  // Notes ("Additional Information") end the lists before them; after the pay or the perks they change nothing.
  if (next.kind === 'other') return inRequirements || current === 'responsibilities' ? 'other' : current;
  return next.kind === 'tools' && inRequirements && !TEAM_OWN.test(next.text) ? current : next.kind;
}
const TEAM_OWN = /\b(?:our|we|us)\b/i;

/** Splits a posting into sentences, each labelled with the section its heading announced. */
export function analyzeStructure(text: string): Structure {
  const headings = findHeadings(text);
  const cues = sentenceCues(text);
  const sentences: Sentence[] = [];
  let h = 0;
  let kind: SectionKind = 'other';
  // "Ideally 1+ years of experience, with exposure to:scaling ML models;distributed computing
  // (e.g., Spark, Dask);cloud computing…": a preference that leads a list in to its colon covers
  // the items after it, as long as each ends with a semicolon (the last one included).
  let preferredList = false;
  // "…Must be able to obtain a public trust clearance. As An Ideal Candidate, You Will Have:
  // Active Treasury Public Trust Clearance is highly preferred. … R/SAS, Plotly, NoSQL…": a second
  // list under a requirements heading, right after a first one with items, that opens with a preference
  // is the extras (the readers of ml1000-600 labelled all of it preferred); a list that opens
  // with an ask ("The ideal candidate: 3+ years of…") stays the requirements.
  let requiredItems = false;
  let secondRequired = false;
  const enter = (next: Heading) => {
    const before = kind;
    kind = sectionAfter(kind, next);
    secondRequired = kind === 'required' && before === 'required' && requiredItems;
    requiredItems = false;
    preferredList = false;
  };
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    // A sentence takes the kind of the last heading that starts before it; the heading text
    // itself is a sentence of that kind too.
    while (h < headings.length && headings[h]!.start <= start) enter(headings[h++]!);
    const heading = h < headings.length && headings[h]!.start < end ? headings[h]! : null;
    if (heading) {
      // A run-in heading splits the sentence it was glued into.
      push(start, heading.start);
      enter(heading);
      h++;
      sentences.push({ start: heading.start, end: heading.end, kind, cue: null });
      push(heading.end, end);
      return;
    }
    const cut = runOnItemStart(text, start, end);
    if (cut > 0) {
      push(start, cut);
      push(cut, end);
      return;
    }
    const notice = cues.firstWithin('boilerplate', start, end);
    const glued = notice > 0 ? gluedNoticeStart(text, start, notice) : -1;
    if (glued > 0) {
      push(start, glued);
      push(glued, end);
      return;
    }
    const body = text.slice(start, end);
    const asksFor = asksOfCandidate(body);
    // The sentence's own kind: the company's voice and the perks whatever the heading, else the section's.
    const voiceOrPerk = voiceOrPerkKind(cues, start, end, body, kind, asksFor);
    const read = cueOf(cues, start, end, asksFor || ((voiceOrPerk ?? kind) === 'other' && isDutyOfYou(body)), body);
    // "(Bonus) Experience with big data…", "…Operations Research(Optional) Experience in marketing
    // science…": a bracket that holds only the preference opens the item after it.
    const opensOnPlus = read !== 'negated' && opensOnPlusBracket(body);
    const own = opensOnPlus ? 'preferred' : read;
    const listed = preferredList && (own === null || (own === 'required' && !cues.within('required', start, end)));
    const cue = listed ? 'preferred' : own;
    preferredList = body.endsWith(';') && (listed || (own === 'preferred' && leadsInPreference(body)));
    // "Experience with cloud computing (GCP preferred)": the brackets prefer GCP, the sentence still asks.
    const inBrackets = cue === 'preferred' && !listed && !opensOnPlus && preferredOnlyInBrackets(body);
    const aside = cue === 'preferred' && !listed && !opensOnPlus && !inBrackets ? preferredAside(body) : null;
    // A heading's own text (a whole line) is no item of its list; a heading run into its first item is that item too.
    const ownHeading = h > 0 && headings[h - 1]!.start === start && headings[h - 1]!.end >= end;
    if (!ownHeading) {
      if (secondRequired && kind === 'required' && cue === 'preferred' && !inBrackets && !aside) kind = 'preferred';
      secondRequired = false;
    }
    const sentenceKind = voiceOrPerk ?? kind;
    if (sentenceKind === 'required' && !ownHeading) requiredItems = true;
    let sentence: Sentence;
    if (inBrackets) {
      const outside = cueOf(cues, start, end, asksFor, withoutBrackets(body), false);
      sentence = { start, end, kind: sentenceKind, cue: outside, preferredInBrackets: true };
    } else if (aside) {
      sentence = { start, end, kind: sentenceKind, cue: cueOf(cues, start, end, asksFor, body, false), preferredAside: [start + aside[0], start + aside[1]] };
    } else {
      const reach = cue === 'negated' ? -1 : preferenceReach(body);
      // Before the preference's reach, the sentence asks as it would without it.
      sentence = reach < 0 ? { start, end, kind: sentenceKind, cue } : { start, end, kind: sentenceKind, cue: cueOf(cues, start, end, asksFor, body, false), preferredFrom: start + reach };
    }
    if (asksFor) sentence.asksFor = true;
    sentences.push(sentence);
  };
  let from = 0;
  for (const [end, next] of sentenceBreaks(text)) {
    push(from, end);
    from = next;
  }
  push(from, text.length);
  return {
    headings,
    sentences,
    hasRequiredSection: headings.some((x) => x.kind === 'required' || x.kind === 'preferred'),
  };
}

/** The sentence holding a text offset (binary search), or null in the whitespace between. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
