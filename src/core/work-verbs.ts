import { phraseSet } from './lexicon/lexicon';
import { MAKING_VERB_LIST, WORK_VERB_LIST } from './lexicon/work-verbs';
import { TokenKind, type Tokens } from './tokenize';

const WORK_VERBS = phraseSet(WORK_VERB_LIST);
const MAKING_VERBS = phraseSet(MAKING_VERB_LIST);
const isVerb = (w: string) => WORK_VERBS.has(w) || MAKING_VERBS.has(w);

/** How many words may describe the object between the verb and it: "implement local services search algorithms". */
const MAX_MODIFIERS = 4;

/**
 * Words that end a noun phrase, or start a clause: the object's describing words never include
 * them ("train models for ranking", "work with engineering stakeholders").
 */
const NOT_MODIFIERS = new Set(
  'a about across after against among an and are as at be been before between beyond by can for from has have how in into is it its of on onto or over per so such than that the their them then these they this those through to under until upon using via was we were what when where which while who will with within without you your'.split(
    ' ',
  ),
);

/** Determiners a verb may have before its object: "build the algorithms", "maintain our data infrastructure". */
const DETERMINERS = new Set(['the', 'our', 'your', 'new', 'their', 'these', 'its']);

/** What may stand right before the verbs: the clause's start ("Design and implement…"), "to", "will", or the ask "experience". */
const BEFORE_VERBS = new Set(['to', 'will', 'can', 'and', 'or', 'experience', 'expertise']);

/** Between two verbs of one list: "Design, develop, and maintain". */
const VERB_GLUE = new Set([',', 'and', 'or', '&', '/']);

const isWord = (t: Tokens, i: number) => t.kind[i] === TokenKind.Word;

/**
 * Whether the stretch of tokens first..last is what a work verb makes or runs: "Design and
 * implement local services search algorithms across the full stack", "process and transform
 * large datasets". The verbs open a clause; between them and the object stand only describing
 * words (a hyphenated compound is one: "state-of-the-art"); and the object ends its noun phrase:
 * in "deliver AI services" the thing is the services.
 */
export function objectOfWorkVerb(t: Tokens, first: number, last: number): boolean {
  const next = last + 1;
  if (next < t.count && isWord(t, next) && !NOT_MODIFIERS.has(t.lower[next]!)) return false;
  // "AI-native solutions", "data-processing pipelines": a compound's first part.
  if (next + 1 < t.count && t.lower[next] === '-' && !t.spaced[next] && !t.spaced[next + 1] && isWord(t, next + 1)) return false;
  if (sharesAHead(t, next)) return false;
  let i = first - 1;
  let modifiers = 0;
  // Back over the describing words, a hyphenated compound counted once.
  while (i >= 0 && modifiers <= MAX_MODIFIERS) {
    if (t.kind[i] === TokenKind.Punct && t.lower[i] === '-' && !t.spaced[i] && i > 0 && isWord(t, i - 1)) {
      i--;
      continue;
    }
    if (!isWord(t, i) || isVerb(t.lower[i]!)) break;
    const w = t.lower[i]!;
    // A determiner only right after the verb: "optimize and ensure the scalability" is another verb's object.
    if (DETERMINERS.has(w) ? i > 0 && !isVerb(t.lower[i - 1]!) : NOT_MODIFIERS.has(w)) return false;
    // A word joined by a hyphen to the one after it is part of the same compound.
    if (!(i + 1 < first && t.lower[i + 1] === '-' && !t.spaced[i + 1])) modifiers++;
    i--;
  }
  if (i < 0 || !isWord(t, i) || !isVerb(t.lower[i]!) || (i + 1 < t.count && t.lower[i + 1] === '-' && !t.spaced[i + 1])) return false;
  // Back over the list of verbs: "Design, develop, and maintain".
  let v = i;
  let work = WORK_VERBS.has(t.lower[i]!);
  for (;;) {
    let g = v - 1;
    let glue = 0;
    while (g >= 0 && VERB_GLUE.has(t.lower[g]!) && glue < 2) {
      g--;
      glue++;
    }
    if (glue === 0 || g < 0 || !isWord(t, g) || !isVerb(t.lower[g]!)) break;
    v = g;
    work ||= WORK_VERBS.has(t.lower[g]!);
  }
  if (!work) return false;
  const before = v - 1;
  if (before < 0 || t.kind[before] === TokenKind.Newline) return true;
  // "large-scale data processing": a compound, not a clause.
  if (t.kind[before] === TokenKind.Punct) return t.lower[before] !== '-' || t.spaced[v] === 1;
  const w = t.lower[before]!;
  // "risks to engineering stakeholders": after "to", an -ing word is a noun.
  if (w === 'to' && t.lower[v]!.endsWith('ing')) return false;
  // A capitalised verb opens a list item whose line break was lost ("…solutionsDesign and implement").
  return BEFORE_VERBS.has(w) || isCapital(t.text.charCodeAt(t.start[v]!));
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * "security and compliance strategy", "AI/Machine Learning solutions": after "and", "or" or "/",
 * two describing words or more before the phrase ends make the object a describing word of a
 * head it shares; "algorithms and models for…" and "algorithms and infrastructure" are two objects.
 */
function sharesAHead(t: Tokens, next: number): boolean {
  if (next >= t.count || !(t.lower[next] === 'and' || t.lower[next] === 'or' || t.lower[next] === '/')) return false;
  let words = 0;
  for (let i = next + 1; i < t.count && isWord(t, i) && !NOT_MODIFIERS.has(t.lower[i]!); i++) words++;
  return words >= 2;
}
