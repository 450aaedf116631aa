import { asksOfCandidate, isDutyOfYou } from './candidate-asks';
import { gluedNoticeStart } from './legal-notices';
import { findHeadings, sectionAfter, type Heading } from './section-headings';
import { leadsInPreference, preferenceReach, preferredAside, preferredOnlyInBrackets, withoutBrackets } from './preference-scope';
import { opensOnPlusBracket, runOnItemStart, sentenceBreaks } from './sentence-breaks';
import { cueOf, sentenceCues, type SentenceCue } from './sentence-cues';
import type { SectionKind } from './types';
import { voiceOrPerkKind } from './voice-and-perks';

/**
 * A posting read into sentences, each with the section it stands in and what it says of its
 * skills (required, preferred, not needed): the walk that puts together where sentences end
 * (sentence-breaks.ts), the headings (section-headings.ts), the cues (sentence-cues.ts), the
 * sentences that are the company's or the perks' (voice-and-perks.ts), those worded as asks
 * (candidate-asks.ts), glued legal notices (legal-notices.ts) and how far a preference reaches
 * (preference-scope.ts), with what one sentence tells the next: a list a preference leads in, a
 * second list of extras under the requirements.
 */

export type { Heading } from './section-headings';
export type { SentenceCue } from './sentence-cues';

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

export interface Structure {
  headings: Heading[];
  /** Sentences in text order, each with the section it belongs to; gaps are whitespace. */
  sentences: Sentence[];
  hasRequiredSection: boolean;
}

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
