import { ASK_NOUNS } from './ask-nouns';
import type { Sentence } from './sections';
import { contentStem } from './stem';
import { TokenKind, type Tokens } from './tokenize';

/** The posting's sentences as stem sets, indexed by stem for fast phrase look-ups. */
export interface DutyIndex {
  /** `asks`: a qualification, not work ("3+ years of experience in…", "Master's degree in…"). */
  sentences: ReadonlyArray<{ start: number; end: number; asks: boolean }>;
  byStem: ReadonlyMap<string, number[]>;
}

/**
 * Whether a sentence asks for a qualification: it stands under the requirements or says it asks
 * ("…is required"), or opens with an ask noun or a number ("5+ years of…"), as the items of a
 * posting without headings do. `first` is its first word token, or -1.
 */
function asksQualification(s: Sentence, tokens: Tokens, first: number): boolean {
  if (s.kind === 'required' || s.kind === 'preferred' || s.cue === 'required' || s.cue === 'preferred') return true;
  if (first < 0) return false;
  const w = tokens.lower[first]!;
  return ASK_NOUNS.has(w) || /^\d/.test(w);
}

/** From the token stream, so the text is not scanned again: word tokens, stemmed, by sentence. */
export function indexDuties(tokens: Tokens, sentences: readonly Sentence[]): DutyIndex {
  const kept: Array<{ start: number; end: number; asks: boolean }> = [];
  const byStem = new Map<string, number[]>();
  let t = 0;
  for (const s of sentences) {
    // What the job does is said in the duties, the requirements and the untitled intro; never
    // in the company blurb or the benefits.
    if (s.kind === 'company' || s.kind === 'benefits') continue;
    while (t < tokens.count && tokens.start[t]! < s.start) t++;
    const idx = kept.length;
    const entry = { start: s.start, end: s.end, asks: false };
    kept.push(entry);
    let first = -1;
    for (; t < tokens.count && tokens.end[t]! <= s.end; t++) {
      if (tokens.kind[t] !== TokenKind.Word) continue;
      if (first < 0) first = t;
      const st = contentStem(tokens.lower[t]!);
      if (st === null) continue;
      const list = byStem.get(st);
      if (!list) byStem.set(st, [idx]);
      else if (list[list.length - 1] !== idx) list.push(idx);
    }
    entry.asks = asksQualification(s, tokens, first);
  }
  return { sentences: kept, byStem };
}

/**
 * How well one duty phrase is said somewhere in the posting: the largest share of the phrase's
 * content words found together in one sentence (the requirements say the work too: "experience
 * building recommendation systems"), and the share and sentence of the best that says work rather
 * than asks for a qualification, which a reason may quote as a duty (-1 when none), written into
 * `out` (the roles ask for 300 phrases a posting: one object for them all, not one a call).
 * `lists` holds, for each stem the roles' phrases use, the sentences that say it (looked up once
 * a posting: the phrases share their stems); `phrase` holds the phrase's distinct stems as
 * indexes into it.
 */
export function phraseCoverage(index: DutyIndex, lists: ReadonlyArray<readonly number[] | undefined>, phrase: readonly number[], out: Coverage): void {
  out.coverage = 0;
  out.work = 0;
  out.sentence = -1;
  if (phrase.length === 0) return;
  // Counts per sentence in a scratch array, reset through the list of sentences touched.
  if (scratch.length < index.sentences.length) scratch = new Uint16Array(index.sentences.length * 2);
  const counts = scratch;
  const touched = TOUCHED;
  let touchedCount = 0;
  let best = 0;
  let work = 0;
  let workSentence = -1;
  const sentences = index.sentences;
  for (let p = 0; p < phrase.length; p++) {
    const list = lists[phrase[p]!];
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const c = counts[i]! + 1;
      if (c === 1) touched[touchedCount++] = i;
      counts[i] = c;
      if (c > best) best = c;
      if (c > work && !sentences[i]!.asks) {
        work = c;
        workSentence = i;
      }
    }
  }
  for (let k = 0; k < touchedCount; k++) counts[touched[k]!] = 0;
  out.coverage = best / phrase.length;
  out.work = work / phrase.length;
  out.sentence = workSentence;
}

/** What phraseCoverage found: the share of a phrase said in one sentence, the share said in one that says work, and that sentence. */
export interface Coverage {
  coverage: number;
  work: number;
  sentence: number;
}
let scratch = new Uint16Array(256);
const TOUCHED: number[] = [];
