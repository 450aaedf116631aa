import type { AliasEntry, TrieNode } from './skill-index';
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
 *   "PyTorch" in "PyTorchHigh");
 * - an alias across the join ("DeepLearning framework", "Apache SparkDemonstrable").
 *
 * So company names stay whole: "DoorDash", "BitGo", "PayPal" and "LinkedIn" start with no skill
 * that stands alone ("Go" and "Dash" need a list beside them), and "RSUs" or "LLMs" end in a
 * plural, not in a word of their own.
 */

/** Small words scraped text glues, in lower case, to the name after them: "withmodel serving", "includingdiffusion models". */
const GLUED_LOWER = ['including', 'especially', 'using', 'with'];
/** How long the rest must be: "within", "without" and "withdraw" keep their "with". */
const MIN_REST = 4;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** The alias entry a whole word (or its plural) completes, if any. */
function entryOf(root: TrieNode, word: string): AliasEntry | undefined {
  return root.next.get(word)?.entry ?? (word.length > 3 && word.endsWith('s') ? root.next.get(word.slice(0, -1))?.entry : undefined);
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

/** The first word of a piece, up to its next case change ("Learning" of "LearningFramework"), lower-cased. */
function firstWord(piece: string): string {
  const next = caseChanges(piece)[0];
  return (next === undefined ? piece : piece.slice(0, next)).toLowerCase();
}

/** An alias runs on from the left piece into the right one: "Deep|Learning", "recommender|Systems". */
function nameGoesOn(root: TrieNode, left: string, right: string): boolean {
  const next = root.next.get(left)?.next;
  if (!next) return false;
  // A plural in the text ends a name the trie keeps in the singular, as the scan reads it.
  const w = firstWord(right);
  return next.has(w) || (w.length > 3 && w.endsWith('s') && next.has(w.slice(0, -1)));
}

/** Whether a piece, lower-cased, starts an alias as it stands (or as a plural). */
const startsAlias = (root: TrieNode, word: string) => root.next.has(word) || (word.length > 3 && word.endsWith('s') && root.next.has(word.slice(0, -1)));

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
export function gluedCuts(word: string, root: TrieNode, before = '', after = ''): Cut[] {
  const out: Cut[] = [];
  let from = 0;
  let prev = before;
  for (;;) {
    const piece = word.slice(from);
    const lower = piece.toLowerCase();
    if (startsAlias(root, lower)) return out;
    const cut = from === 0 && isLower(word.charCodeAt(0)) ? cutAfterSmallWord(piece, lower, root, after) : cutOfNames(piece, lower, root, prev);
    if (cut === null) return out;
    out.push({ at: from + cut.at, itemBreak: cut.itemBreak });
    prev = lower.slice(0, cut.at);
    from += cut.at;
  }
}

/** The next item's first word is the article "A", glued to the last: "proficiency in PythonA background in…". */
const articleAt = (piece: string, at: number) => at === piece.length - 1 && piece.charCodeAt(at) === 65;

/** In a word that starts in lower case: the first case change after three small letters, or a glued small word before an alias ("withmodel"). */
function cutAfterSmallWord(piece: string, lower: string, root: TrieNode, after: string): Cut | null {
  const first = caseChanges(piece)[0];
  if (first !== undefined) {
    for (let i = 0; i < first; i++) if (!isLower(piece.charCodeAt(i))) return null;
    if (first < 3 || (first > piece.length - 2 && !articleAt(piece, first))) return null;
    // "recommenderSystems" is one name written in camel case; "dockerOptional" two items.
    return { at: first, itemBreak: !nameGoesOn(root, lower.slice(0, first), piece.slice(first)) };
  }
  for (const small of GLUED_LOWER) {
    if (lower.length - small.length < MIN_REST || !lower.startsWith(small)) continue;
    // "withmodel serving": the rest is a name, or starts one that the next word goes on with ("withdraw from" is a word).
    const rest = lower.slice(small.length);
    const own = entryOf(root, rest);
    if ((own !== undefined && !own.needsEvidence) || (after !== '' && root.next.get(rest)?.next.has(after) === true)) return { at: small.length, itemBreak: false };
  }
  return null;
}

/** In a word that starts with a capital: the last case change whose reading the index vouches for. */
function cutOfNames(piece: string, lower: string, root: TrieNode, prev: string): Cut | null {
  const changes = caseChanges(piece);
  for (let k = changes.length - 1; k >= 0; k--) {
    const at = changes[k]!;
    const article = articleAt(piece, at);
    if (piece.length - at < 2 && !article) continue;
    const left = lower.slice(0, at);
    if (!article && nameGoesOn(root, left, piece.slice(at))) return { at, itemBreak: false };
    const own = entryOf(root, left);
    // An everyday name ("Triton", "Spark") as its tool writes it, not a short one ("Go" of
    // "GoFundMe"), and before a plain word: "WordEmbedding" is no word processor.
    const everydayAlone = () => left.length >= 3 && own!.forms.includes(piece.slice(0, at)) && !startsAlias(root, firstWord(piece.slice(at)));
    const standsAlone = own !== undefined && (!own.needsEvidence || everydayAlone());
    const endsAlias = prev !== '' && root.next.get(prev)?.next.get(left)?.entry !== undefined;
    if (standsAlone || endsAlias) return { at, itemBreak: true };
  }
  return null;
}

/**
 * The token stream with glued words split where gluedCuts says; the same object when no word
 * is. The new tokens are spaced, as if the line break were still there, and where a list item
 * ended a zero-width line break stands between them: no name runs across it, and an everyday
 * word after it opens its item ("APIMake sure" is no build tool).
 */
export function splitGluedWords(t: Tokens, root: TrieNode): Tokens {
  let cutsAt: Map<number, Cut[]> | null = null;
  let added = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Word || t.end[i]! - t.start[i]! < 4 || !mayBeGlued(t, i)) continue;
    const word = t.text.slice(t.start[i], t.end[i]);
    // Lower-casing that changes a word's length ("İ") would shift the cuts: such words stay whole.
    if (t.lower[i]!.length !== word.length) continue;
    const before = i > 0 && t.kind[i - 1] === TokenKind.Word ? t.lower[i - 1]! : '';
    const after = i + 1 < t.count && t.kind[i + 1] === TokenKind.Word ? t.lower[i + 1]! : '';
    const cuts = gluedCuts(word, root, before, after);
    if (cuts.length === 0) continue;
    (cutsAt ??= new Map()).set(i, cuts);
    for (const c of cuts) added += c.itemBreak ? 2 : 1;
  }
  if (cutsAt === null) return t;
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
  for (let i = 0; i < t.count; i++) {
    const cuts = cutsAt.get(i);
    if (!cuts) {
      push(t.start[i]!, t.end[i]!, t.kind[i]!, t.spaced[i]!, t.lower[i]!);
      continue;
    }
    const s = t.start[i]!;
    let from = 0;
    for (const c of cuts) {
      push(s + from, s + c.at, TokenKind.Word, from === 0 ? t.spaced[i]! : 1, t.lower[i]!.slice(from, c.at));
      if (c.itemBreak) push(s + c.at, s + c.at, TokenKind.Newline, 1, '');
      from = c.at;
    }
    push(s + from, t.end[i]!, TokenKind.Word, 1, t.lower[i]!.slice(from));
  }
  return { text: t.text, count: n, start, end, kind, lower, spaced };
}

/** A capital after the first letter, or a small word glued before another: the only words worth reading (read in place: most words are neither). */
function mayBeGlued(t: Tokens, i: number): boolean {
  const end = t.end[i]!;
  for (let k = t.start[i]! + 1; k < end; k++) if (isUpper(t.text.charCodeAt(k))) return true;
  const lower = t.lower[i]!;
  for (const small of GLUED_LOWER) if (lower.length - small.length >= MIN_REST && lower.startsWith(small)) return true;
  return false;
}
