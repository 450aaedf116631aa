import { ASK_ADJECTIVE_LIST, ASK_NOUN_LIST } from './lexicon/asked-only';
import { EXAMPLES_OPENERS } from './examples-openers';
import { phrases } from './lexicon/lexicon';
import { ITEM_OPENER_LIST } from './lexicon/item-openers';
import { SENTENCE_OPENER_LIST } from './lexicon/sentence-openers';
import { MAKING_VERB_LIST, WORK_VERB_LIST } from './lexicon/work-verbs';
import { AliasTrie, type AliasEntry } from './alias-trie';
import { isLower, isUpper } from './char-codes';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Scraped postings lose their line breaks, and one list item's last word runs into the next
 * item's first: "Familiarity with TritonSuccessful track-record", "such as CUDALinux systems",
 * "models and APIsProficiency in Python", "kubernetes and dockerOptional:", "Experience
 * withmodel serving". The tokenizer splits such a word only before a known item opener
 * (run-together.ts); the others are read here, against the skill index, so that camel-case names
 * stay whole: a word that starts an alias as written (TensorFlow, LlamaIndex, JavaScript, MLOps) is
 * never split, and a case change inside an unknown word is a join only when one of its readings
 * says so:
 *
 * - a lower-case word of three letters or more before it ("methodsStatistical",
 *   "trainingIn", "dockerOptional"): a sentence's end glued to the next one's start, as names
 *   rarely begin in lower case and then change (iPhone, gRPC and vLLM are too short to count);
 * - before it, a skill of its own that needs no corroboration ("CUDA", "Triton", "APIs",
 *   "PyTorch" in "PyTorchHigh"), and after it a word that opens an item: a skill's name
 *   ("Linux", "Cloud"), an item opener ("Proficiency") or a sentence's first word ("The",
 *   "Successful");
 * - an alias across the join ("DeepLearning framework", "Apache SparkDemonstrable").
 *
 * So company names stay whole: "DoorDash", "BitGo", "PayPal" and "LinkedIn" start with no skill
 * that stands alone ("Go" and "Dash" need a list beside them); "ZoomInfo", "JuliaHub",
 * "RustConf", "BERTScore" and "JavaWorld" start with one, but go on with a word that opens no
 * item; "RSUs" or "LLMs" end in a plural, not in a word of their own. The posting's own company
 * name is never split.
 */

/**
 * The longest word read: a glued pair is two words (the longest names and openers run to about
 * 25 letters: "ReinforcementLearningExperience" is 31), so 64 leaves room for three; longer words
 * are blobs (base64, minified code, a camel-case name repeated) whose every case change would be
 * read, in time growing with the square of their length.
 */
const MAX_GLUED_LENGTH = 64;

/**
 * Small words scraped text glues, in lower case, to the name after them: "withmodel serving",
 * "includingdiffusion models". The one-word examples openers of six letters or more ("like"
 * starts too many words) and two words before a tool's name.
 */
const GLUED_LOWER = [...EXAMPLES_OPENERS.filter((p) => /^[a-z]{6,}$/.test(p)), 'using', 'with'];
/** Their first letters (ASCII, a cell a character code): a word that starts with none of them needs no look at each (most words). */
const GLUED_LOWER_FIRST = new Uint8Array(128);
for (const w of GLUED_LOWER) GLUED_LOWER_FIRST[w.charCodeAt(0)] = 1;

/** Words, lower-cased, that open a list item or a sentence and so may follow a glued skill: "CUDA|Linux" aside, which a name opens. */
const OPENS_ITEM: ReadonlySet<string> = new Set([
  ...[ITEM_OPENER_LIST, ASK_ADJECTIVE_LIST, ASK_NOUN_LIST, WORK_VERB_LIST, MAKING_VERB_LIST, SENTENCE_OPENER_LIST].flatMap(phrases),
]);
/** How long the rest must be: "within", "without" and "withdraw" keep their "with". */
const MIN_REST = 4;

/** The alias entry a whole word (or its plural) completes, if any. */
function entryOf(trie: AliasTrie, word: string): AliasEntry | undefined {
  return trie.entry(trie.path([word])) ?? (word.length > 3 && word.endsWith('s') ? trie.entry(trie.path([word.slice(0, -1)])) : undefined);
}


/** Where the case changes inside a word: a small letter then a capital ("dockerOptional"), or a run of capitals ending where a capitalised word starts ("CUDALinux"). */
function caseChanges(w: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isUpper(c)) continue;
    const p = w.charCodeAt(i - 1);
    if (isLower(p)) out.push(i);
    // "CUDALinux" at L, but not "RSUs" or "LLMs": a plural is no word of its own.
    else if (i >= 2 && isUpper(p) && isUpper(w.charCodeAt(i - 2)) && i + 2 < w.length && isLower(w.charCodeAt(i + 1)) && isLower(w.charCodeAt(i + 2))) out.push(i);
  }
  return out;
}

/** A word read once: its case changes, found once, and its lower case, sliced by offsets. */
interface Word {
  text: string;
  lower: string;
  changes: number[];
}

/** The word that starts at the k-th case change, up to the next one ("learning" of "DeepLearningFramework"), lower-cased. */
const wordAt = (w: Word, k: number) => w.lower.slice(w.changes[k], w.changes[k + 1] ?? w.lower.length);

/** An alias runs on from the left piece into the word after it: "Deep|Learning", "recommender|Systems". */
function nameGoesOn(trie: AliasTrie, left: string, w: string): boolean {
  const node = trie.path([left]);
  if (node < 0) return false;
  // A plural in the text ends a name the trie keeps in the singular, as the scan reads it.
  return trie.child(node, w) >= 0 || (w.length > 3 && w.endsWith('s') && trie.child(node, w.slice(0, -1)) >= 0);
}

/** Whether a piece, lower-cased, starts an alias as it stands (or as a plural). */
const startsAlias = (trie: AliasTrie, word: string) => trie.path([word]) >= 0 || (word.length > 3 && word.endsWith('s') && trie.path([word.slice(0, -1)]) >= 0);

/** Where a word is cut, and whether one list item ends there ("CUDA|Linux") or one name goes on ("Deep|Learning", "with|model"). */
export interface Cut {
  at: number;
  itemBreak: boolean;
}

/**
 * Offsets inside a word where it is two words glued together, read against the skill index;
 * `before` and `after` are the lower-cased words around it ("apache" for "SparkDemonstrable",
 * "serving" for "withmodel"), or ''.
 */
export function gluedCuts(word: string, trie: AliasTrie, before = '', after = ''): Cut[] {
  const out: Cut[] = [];
  if (word.length > MAX_GLUED_LENGTH) return out;
  const lower = word.toLowerCase();
  // Lower-casing that changes a word's length ("İ") would shift the cuts: such words stay whole.
  if (lower.length !== word.length) return out;
  const changes = caseChanges(word);
  // No case change and a capital first: neither reading below can cut it ("AWS", "Python").
  if (changes.length === 0 && !isLower(word.charCodeAt(0))) return out;
  const w: Word = { text: word, lower, changes };
  let from = 0;
  let prev = before;
  for (;;) {
    if (startsAlias(trie, lower.slice(from))) return out;
    const cut = from === 0 && isLower(word.charCodeAt(0)) ? cutAfterSmallWord(w, trie, after) : cutOfNames(w, from, trie, prev);
    if (cut === null) return out;
    out.push(cut);
    prev = lower.slice(from, cut.at);
    from = cut.at;
  }
}

/** The next item's first word is the article "A", glued to the last: "proficiency in PythonA background in…". */
const articleAt = (word: string, at: number) => at === word.length - 1 && word.charCodeAt(at) === 65;

/** In a word that starts in lower case: the first case change after three small letters, or a glued small word before an alias ("withmodel"). */
function cutAfterSmallWord(w: Word, trie: AliasTrie, after: string): Cut | null {
  const { text: piece, lower } = w;
  const first = w.changes[0];
  if (first !== undefined) {
    for (let i = 0; i < first; i++) if (!isLower(piece.charCodeAt(i))) return null;
    if (first < 3 || (first > piece.length - 2 && !articleAt(piece, first))) return null;
    // "recommenderSystems" is one name written in camel case; "dockerOptional" two items.
    return { at: first, itemBreak: !nameGoesOn(trie, lower.slice(0, first), wordAt(w, 0)) };
  }
  for (const small of GLUED_LOWER) {
    if (lower.length - small.length < MIN_REST || !lower.startsWith(small)) continue;
    // "withmodel serving": the rest is a name, or starts one that the next word goes on with ("withdraw from" is a word).
    const rest = lower.slice(small.length);
    const own = entryOf(trie, rest);
    if ((own !== undefined && !own.needsEvidence) || (after !== '' && trie.path([rest, after]) >= 0)) return { at: small.length, itemBreak: false };
  }
  return null;
}

/** In a word that starts with a capital, from offset `from` on: the last case change whose reading the index vouches for (offsets in the whole word). */
function cutOfNames(w: Word, from: number, trie: AliasTrie, prev: string): Cut | null {
  const { text: word, lower, changes } = w;
  for (let k = changes.length - 1; k >= 0 && changes[k]! > from; k--) {
    const at = changes[k]!;
    const article = articleAt(word, at);
    if (word.length - at < 2 && !article) continue;
    const left = lower.slice(from, at);
    const next = wordAt(w, k);
    if (!article && nameGoesOn(trie, left, next)) return { at, itemBreak: false };
    const own = entryOf(trie, left);
    const nextIsName = startsAlias(trie, next);
    // A skill standing alone ends its item only where the next one plainly starts: with a name
    // ("CUDA|Linux"), an opener ("APIs|Proficiency", "PyTorch|The") or the article "A";
    // "ZoomInfo", "RustConf" and "BERTScore" go on with a word that starts nothing.
    const opensItem = article || nextIsName || OPENS_ITEM.has(next);
    // An everyday name ("Triton", "Spark") as its tool writes it, not a short one ("Go" of
    // "GoFundMe") unless an item's or a sentence's opener follows ("an understanding of GoProven
    // expertise", "YOLO and SAMThe expected…", though "The" starts a name too), and before a plain
    // word: "WordEmbedding" is no word processor.
    const opener = OPENS_ITEM.has(next);
    const everydayAlone = () => (left.length >= 3 || opener) && own!.forms.includes(word.slice(from, at)) && (!nextIsName || opener);
    const standsAlone = own !== undefined && opensItem && (!own.needsEvidence || everydayAlone());
    const endsAlias = prev !== '' && trie.entry(trie.path([prev, left])) !== undefined;
    if (standsAlone || endsAlias) return { at, itemBreak: true };
  }
  return null;
}

/**
 * The token stream with glued words split where gluedCuts says; the same object when no word
 * is. The new tokens are spaced, as if the line break were still there, and where a list item
 * ended a zero-width line break stands between them: no name runs across it, and an everyday
 * word after it opens its item ("APIMake sure" is no build tool). Words in `keepWhole`
 * (lower-cased: the posting's company names) are never split: "ZoomInfo" is the company.
 */
export function splitGluedWords(t: Tokens, trie: AliasTrie, keepWhole?: ReadonlySet<string>): Tokens {
  /** The glued words' token indices, in order, and their cuts: the copy below walks them in step, with no look-up a token. */
  const cutTokens: number[] = [];
  const cutLists: Cut[][] = [];
  let added = 0;
  for (let i = 0; i < t.count; i++) {
    const length = t.end[i]! - t.start[i]!;
    if (t.kind[i] !== TokenKind.Word || length < 4 || length > MAX_GLUED_LENGTH || !mayBeGlued(t, i) || keepWhole?.has(t.lower[i]!) === true) continue;
    const word = t.text.slice(t.start[i], t.end[i]);
    const before = i > 0 && t.kind[i - 1] === TokenKind.Word ? t.lower[i - 1]! : '';
    const after = i + 1 < t.count && t.kind[i + 1] === TokenKind.Word ? t.lower[i + 1]! : '';
    const cuts = gluedCuts(word, trie, before, after);
    if (cuts.length === 0) continue;
    cutTokens.push(i);
    cutLists.push(cuts);
    for (const c of cuts) added += c.itemBreak ? 2 : 1;
  }
  if (cutTokens.length === 0) return t;
  const n = t.count + added;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kind = new Uint8Array(n);
  const spaced = new Uint8Array(n);
  const lower: string[] = [];
  let o = 0;
  const push = (s: number, e: number, k: TokenKind, sp: number, low: string) => {
    start[o] = s;
    end[o] = e;
    kind[o] = k;
    spaced[o] = sp;
    lower.push(low);
    o++;
  };
  /** Tokens from..to (exclusive) as they are: a block copy. */
  const copy = (from: number, to: number) => {
    start.set(t.start.subarray(from, to), o);
    end.set(t.end.subarray(from, to), o);
    kind.set(t.kind.subarray(from, to), o);
    spaced.set(t.spaced.subarray(from, to), o);
    for (let i = from; i < to; i++) lower.push(t.lower[i]!);
    o += to - from;
  };
  let next = 0;
  for (let g = 0; g < cutTokens.length; g++) {
    const i = cutTokens[g]!;
    copy(next, i);
    next = i + 1;
    const s = t.start[i]!;
    let from = 0;
    for (const c of cutLists[g]!) {
      push(s + from, s + c.at, TokenKind.Word, from === 0 ? t.spaced[i]! : 1, t.lower[i]!.slice(from, c.at));
      if (c.itemBreak) push(s + c.at, s + c.at, TokenKind.Newline, 1, '');
      from = c.at;
    }
    push(s + from, t.end[i]!, TokenKind.Word, 1, t.lower[i]!.slice(from));
  }
  copy(next, t.count);
  return { text: t.text, count: n, start, end, kind, lower, spaced };
}

/** A capital after the first letter, or a small word glued before another: the only words worth reading (read in place: most words are neither). */
function mayBeGlued(t: Tokens, i: number): boolean {
  const end = t.end[i]!;
  for (let k = t.start[i]! + 1; k < end; k++) if (isUpper(t.text.charCodeAt(k))) return true;
  const lower = t.lower[i]!;
  if (GLUED_LOWER_FIRST[lower.charCodeAt(0)] !== 1) return false;
  for (const small of GLUED_LOWER) if (lower.length - small.length >= MIN_REST && lower.startsWith(small)) return true;
  return false;
}
