import { ASK_NOUN_LIST } from './lexicon/asked-only';
import { phraseSet } from './lexicon/lexicon';
import type { Sentence } from './sections';
import { contentStem } from './stem';
import { TokenKind, type Tokens } from './tokenize';

/** The posting's sentences as stem sets, indexed by stem for fast phrase look-ups. */
export interface DutyIndex {
  /** `asks`: a qualification, not work ("3+ years of experience in…", "Master's degree in…"). */
  sentences: ReadonlyArray<{ start: number; end: number; asks: boolean }>;
  byStem: ReadonlyMap<string, number[]>;
}

/** Words that open a qualification rather than a duty: "Experience deploying…", "Ability to…". */
const ASK_NOUNS = phraseSet(ASK_NOUN_LIST);

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
 * than asks for a qualification, which a reason may quote as a duty. `lists` holds, for each stem
 * the roles' phrases use, the sentences that say it (looked up once a posting: the phrases share
 * their stems); `phrase` holds the phrase's distinct stems as indexes into it.
 */
export function phraseCoverage(index: DutyIndex, lists: ReadonlyArray<readonly number[] | undefined>, phrase: readonly number[]): { coverage: number; work: number; sentence: number } {
  if (phrase.length === 0) return { coverage: 0, work: 0, sentence: -1 };
  // Counts per sentence in a scratch array, reset through the list of sentences touched.
  if (scratch.length < index.sentences.length) scratch = new Uint16Array(index.sentences.length * 2);
  const touched = TOUCHED;
  touched.length = 0;
  let best = 0;
  let work = 0;
  let workSentence = -1;
  for (const no of phrase) {
    const list = lists[no];
    if (!list) continue;
    for (const i of list) {
      if (scratch[i] === 0) touched.push(i);
      const c = ++scratch[i]!;
      if (c > best) best = c;
      if (c > work && !index.sentences[i]!.asks) {
        work = c;
        workSentence = i;
      }
    }
  }
  for (const i of touched) scratch[i] = 0;
  return { coverage: best / phrase.length, work: work / phrase.length, sentence: workSentence };
}

let scratch = new Uint16Array(256);
const TOUCHED: number[] = [];
