import { AliasTrie } from './alias-trie';
import { phrases, phraseSet } from './lexicon/lexicon';
import { DEPLOYED_PRODUCT_LIST, MAKING_VERB_LIST, MODEL_PRODUCT_LIST, OBJECT_VERB_LIST, PRODUCTION_VERB_LIST, WORK_OBJECT_LIST, WORK_VERB_LIST } from './lexicon/work-verbs';
import type { Candidate } from './scan';
import type { AliasEntry, SkillIndex } from './skill-index';
import { stem } from './stem';
import { TokenKind, type Tokens } from './tokenize';
import { WordFilter } from './word-filter';

const WORK_VERBS = phraseSet(WORK_VERB_LIST);
const MAKING_VERBS = phraseSet(MAKING_VERB_LIST);
const OBJECT_VERBS = phraseSet(OBJECT_VERB_LIST);
/** Verbs that deploy models only when they take them "into production" ("ship ML models to production"); no other list holds them. */
const PRODUCTION_ONLY = phraseSet(PRODUCTION_VERB_LIST);
/** The object verbs, and the production verbs, where the object goes on "into production". */
const PRODUCTION_VERBS: ReadonlySet<string> = new Set([...OBJECT_VERBS, ...PRODUCTION_ONLY]);
/** A verb of the work or the making list: "maintain", "design", "deploy". */
export const isVerb = (w: string): boolean => WORK_VERBS.has(w) || MAKING_VERBS.has(w);
/** A verb of either list, and a verb of `extra` (OBJECT_VERBS or PRODUCTION_VERBS), which the caller passes where the object is one such a verb names a skill with. */
const anyVerb = (w: string, extra: ReadonlySet<string> | null) => isVerb(w) || extra?.has(w) === true;
/** The verbs that do work on what follows them: the work verbs, and those of `extra` ("evaluate models", "ship ML models to production"). */
const isWorkVerb = (w: string, extra: ReadonlySet<string> | null) => WORK_VERBS.has(w) || extra?.has(w) === true;

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

/**
 * Whether a noun phrase may end before token next: no describing word goes on ("models for…",
 * "models."), or a capitalised word glued to it opens the next list item ("modelsExperience with").
 */
function phraseEndsBefore(t: Tokens, next: number): boolean {
  if (next >= t.count || !isWord(t, next) || NOT_MODIFIERS.has(t.lower[next]!)) return true;
  return t.start[next] === t.end[next - 1] && isCapital(t.text.charCodeAt(t.start[next]!));
}

/**
 * Determiners a verb may have before its object: "build the algorithms", "maintain our data
 * infrastructure", and "new". Not all of singular-names.ts ONE_THING: "a", "an", "this", "that"
 * end the object (NOT_MODIFIERS), "each", "every", "any" are read as any modifier.
 */
const DETERMINERS = new Set(['the', 'our', 'your', 'new', 'their', 'these', 'its']);

/** What may stand right before the verbs: the clause's start ("Design and implement…"), "to", "will", or the ask "experience". */
const BEFORE_VERBS = new Set(['to', 'will', 'can', 'and', 'or', 'experience', 'expertise']);

/** Words after which an -ing verb opens a clause: "experience of training", "responsible for designing". */
const GERUND_AFTER = new Set(['of', 'in', 'for', 'with', 'on']);

/** An adjective by its form, or a hyphenated compound ("state-of-the-art", "large-scale"): it may have "and" after it. */
const ADJECTIVE_END = /(?:able|ible|al|ive|ic|ful|ent|ant|ous)$/;
function describes(t: Tokens, i: number): boolean {
  if (i < 0 || !isWord(t, i)) return false;
  return ADJECTIVE_END.test(t.lower[i]!) || (i > 0 && t.lower[i - 1] === '-' && !t.spaced[i - 1] && !t.spaced[i]);
}

/** Between two verbs of one list: "Design, develop, and maintain". */
const VERB_GLUE = new Set([',', 'and', 'or', '&', '/']);

const isWord = (t: Tokens, i: number) => t.kind[i] === TokenKind.Word;
/** A hyphen written inside a word ("large-scale"), not a dash between words. */
const hyphenAt = (t: Tokens, i: number) => i > 0 && i + 1 < t.count && t.lower[i] === '-' && !t.spaced[i] && !t.spaced[i + 1] && isWord(t, i - 1) && isWord(t, i + 1);

/**
 * Whether the stretch of tokens first..last is what a work verb makes or runs: "Design and
 * implement local services search algorithms across the full stack", "process and transform
 * large datasets". The verbs open a clause; between them and the object stand only describing
 * words (a hyphenated compound is one: "state-of-the-art"); and the object ends its noun phrase:
 * in "deliver AI services" the thing is the services.
 */
export function objectOfWorkVerb(t: Tokens, first: number, last: number): boolean {
  return workVerbsOf(t, first, last).length > 0;
}

const NONE: readonly number[] = [];

/**
 * The verbs whose object first..last is (objectOfWorkVerb), in text order; none when it is no such
 * object. With extra (OBJECT_VERBS or PRODUCTION_VERBS), the verbs that name a skill only with their
 * object count as work verbs too ("training and evaluating large models"): for the objects of
 * WORK_OBJECT_LIST and MODEL_PRODUCT_LIST alone.
 */
export function workVerbsOf(t: Tokens, first: number, last: number, extra: ReadonlySet<string> | null = null): readonly number[] {
  const verbs = verbsBefore(t, first, last, extra);
  return verbs.length > 0 && clauseOpensAt(t, verbs[0]!) ? verbs : NONE;
}

function verbsBefore(t: Tokens, first: number, last: number, extra: ReadonlySet<string> | null): number[] {
  const none: number[] = [];
  const next = last + 1;
  if (!phraseEndsBefore(t, next)) return none;
  // "AI-native solutions", "data-processing pipelines": a compound's first part.
  if (next + 1 < t.count && t.lower[next] === '-' && !t.spaced[next] && !t.spaced[next + 1] && isWord(t, next + 1)) return none;
  if (sharesAHead(t, next)) return none;
  let i = first - 1;
  let modifiers = 0;
  // Back over the describing words, a hyphenated compound counted once.
  while (i >= 0 && modifiers <= MAX_MODIFIERS) {
    // "state-of-the-art", "AI/ML": a compound's joins, written inside it.
    if (t.kind[i] === TokenKind.Punct && (t.lower[i] === '-' || t.lower[i] === '/') && !t.spaced[i] && i > 0 && isWord(t, i - 1)) {
      i--;
      continue;
    }
    // "cleaning training datasets": an -ing word right after a verb describes the object.
    if (!isWord(t, i) || (anyVerb(t.lower[i]!, extra) && !(t.lower[i]!.endsWith('ing') && i > 0 && isWord(t, i - 1) && anyVerb(t.lower[i - 1]!, extra)))) break;
    const w = t.lower[i]!;
    // "state-of-the-art and scalable models": "and" between two describing words.
    if ((w === 'and' || w === 'or') && modifiers > 0 && describes(t, i - 1)) {
      i--;
      continue;
    }
    // A determiner only right after the verb: "optimize and ensure the scalability" is another
    // verb's object. Inside a hyphenated compound any word will do: "state-of-the-art".
    const inCompound = hyphenAt(t, i - 1) || hyphenAt(t, i + 1);
    if (!inCompound && (DETERMINERS.has(w) ? i > 0 && !anyVerb(t.lower[i - 1]!, extra) : NOT_MODIFIERS.has(w))) return none;
    // A word joined by a hyphen to the one after it is part of the same compound.
    if (!(i + 1 < first && t.lower[i + 1] === '-' && !t.spaced[i + 1])) modifiers++;
    i--;
  }
  if (i < 0 || !isWord(t, i) || !anyVerb(t.lower[i]!, extra) || (i + 1 < t.count && t.lower[i + 1] === '-' && !t.spaced[i + 1])) return none;
  // Back over the list of verbs: "Design, develop, and maintain"; beside a work verb, any -ing
  // word is one ("training, evaluating, testing, and deploying").
  const verbs = [i];
  let work = isWorkVerb(t.lower[i]!, extra);
  for (;;) {
    let g = verbs[0]! - 1;
    let glue = 0;
    while (g >= 0 && VERB_GLUE.has(t.lower[g]!) && glue < 2) {
      g--;
      glue++;
    }
    if (glue === 0 || g < 0 || !isWord(t, g)) break;
    const w = t.lower[g]!;
    if (!anyVerb(w, extra) && !(w.length > 5 && w.endsWith('ing'))) break;
    verbs.unshift(g);
    work ||= isWorkVerb(w, extra);
  }
  return work ? verbs : none;
}

/** Whether a clause opens at the first verb: at a line's start, after punctuation, "to", "will", an ask, or written with a capital. */
function clauseOpensAt(t: Tokens, v: number): boolean {
  // "Experience successfully launching ML models into production": an adverb of manner between.
  const before = v > 1 && isWord(t, v - 1) && t.lower[v - 1]!.endsWith('ly') ? v - 2 : v - 1;
  if (before < 0 || t.kind[before] === TokenKind.Newline) return true;
  // "large-scale data processing": a compound, not a clause; "high-quality, clean data": an
  // object verb that is also an adjective, in a list of describing words.
  if (t.kind[before] === TokenKind.Punct) return (t.lower[before] !== '-' || t.spaced[v] === 1) && !(t.lower[before] === ',' && OBJECT_VERBS.has(t.lower[v]!) && describes(t, before - 1));
  const w = t.lower[before]!;
  const gerund = t.lower[v]!.endsWith('ing');
  // "risks to engineering stakeholders": after "to", an -ing word is a noun.
  if (w === 'to' && gerund) return false;
  // "experience of training, evaluating, and deploying", "skilled in designing".
  if (gerund && GERUND_AFTER.has(w)) return true;
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
  // "models or other data-derived artifacts": other things beside the object, no head it shares.
  if (t.lower[next + 1] === 'other') return false;
  let words = 0;
  for (let i = next + 1; i < t.count && isWord(t, i) && !NOT_MODIFIERS.has(t.lower[i]!); i++) words++;
  return words >= 2;
}

const WORK_OBJECTS = phrases(WORK_OBJECT_LIST);
const OBJECT_SET: ReadonlySet<string> = new Set(WORK_OBJECTS);
const DEPLOYED_PRODUCTS = phraseSet(DEPLOYED_PRODUCT_LIST);
const MODEL_PRODUCTS: ReadonlySet<string> = new Set([...phrases(MODEL_PRODUCT_LIST), ...DEPLOYED_PRODUCTS]);
/** Both lists' words: verbObjectMentions reads every word of a posting, and few are either. */
const OBJECT_OR_PRODUCT = new WordFilter([...OBJECT_SET, ...MODEL_PRODUCTS]);
/** Verbs that deploy what they work on, by stem: "deploy", "productionize" (the production verbs do so going "into production"). */
const DEPLOYS = new Set([stem('deploy'), stem('productionize')]);
/** The categories of the fields of models: machine learning, AI, NLP, deep learning; LLMs, generative AI. */
const MODEL_FIELDS: ReadonlySet<string> = new Set(['ml-concept', 'llm-genai']);

/** Whether a field of models is named among the words between verb v and object i: "deploy scalable ML solutions". */
function modelFieldBetween(found: readonly Candidate[], v: number, i: number, index: SkillIndex): boolean {
  // `found` is in token order: start at the first candidate after the verb (a few words at most
  // stand between), not at the text's first, which made long pages quadratic.
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.first <= v) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < found.length && found[k]!.first < i; k++) {
    const c = found[k]!;
    // "deploying ML systems": the field's own name may take the product word in ("ML systems",
    // "AI systems" are aliases of the field), and then names the field all the same.
    if (c.last <= i && MODEL_FIELDS.has(index.skills.get(c.skillId)?.category ?? '')) return true;
  }
  return false;
}
/** Each work verb's forms by stem: "deploys" finds the alias written "deploy models" or "deploying models". */
const FORMS = new Map<string, string[]>();
for (const v of [...phrases(WORK_VERB_LIST), ...phrases(OBJECT_VERB_LIST)]) FORMS.set(stem(v), [...(FORMS.get(stem(v)) ?? []), v]);

/** Mentions made of a verb alone: a verb, not a name in a list of skills (evidence.ts). */
const VERB_MENTIONS = new WeakSet<Candidate>();
export const isVerbMention = (c: Candidate) => VERB_MENTIONS.has(c);

/** The alias a verb and its object spell, in any of the verb's forms and either number of the object. */
function verbObjectEntry(index: SkillIndex, verb: string, object: string): AliasEntry | undefined {
  // A verb of the list that is no work verb names its work as written ("evaluating" of "training,
  // evaluating, testing, and deploying models": "evaluating models").
  for (const form of FORMS.get(stem(verb)) ?? [verb]) {
    const node = index.trie.child(AliasTrie.ROOT, form);
    if (node < 0) continue;
    for (const o of WORK_OBJECTS) if (stem(o) === stem(object)) {
      const entry = index.trie.entry(index.trie.child(node, o));
      if (entry && !entry.needsAsk && !entry.needsEvidence) return entry;
    }
  }
  return undefined;
}

/** The alias a noun of work, "of" and its object spell ("deployment of models"), in either number of the object. */
function nounObjectEntry(index: SkillIndex, noun: string, object: string): AliasEntry | undefined {
  const node = index.trie.child(index.trie.child(AliasTrie.ROOT, noun), 'of');
  if (node < 0) return undefined;
  for (const o of WORK_OBJECTS) if (stem(o) === stem(object)) {
    const entry = index.trie.entry(index.trie.child(node, o));
    if (entry && !entry.needsAsk && !entry.needsEvidence) return entry;
  }
  return undefined;
}

/**
 * Whether "into production" or "to production" follows at j, maybe after where the work starts:
 * "taking ML systems from training to production", "shipping novel ML features from concept to production".
 */
function toProduction(t: Tokens, j: number): boolean {
  j = pastOtherThings(t, j);
  if (t.lower[j] === 'from') for (let n = j + 1; n < t.count && n - j <= 4 && t.kind[n] !== TokenKind.Newline; n++) if (t.lower[n] === 'to') {
    j = n;
    break;
  }
  return (t.lower[j] === 'into' || t.lower[j] === 'to') && t.lower[j + 1] === 'production';
}

/**
 * Past "or other …" after the object, to where the phrase goes on: "Put machine learning models or
 * other data-derived artifacts into production" takes the models there too. Up to four words
 * (a hyphenated compound counted as its words) before "into", "to" or "from".
 */
function pastOtherThings(t: Tokens, j: number): number {
  if (!((t.lower[j] === 'or' || t.lower[j] === 'and') && t.lower[j + 1] === 'other')) return j;
  for (let k = j + 2, words = 0; k < t.count && words <= 4; k++) {
    const w = t.lower[k]!;
    if (w === 'into' || w === 'to' || w === 'from') return k;
    if (hyphenAt(t, k)) continue;
    if (!isWord(t, k) || NOT_MODIFIERS.has(w)) return j;
    words++;
  }
  return j;
}

/** How many nouns of work may share one "of": "the evaluation, implementation, and monitoring of predictive models". */
const MAX_NOUNS = 4;

/**
 * The nouns of work whose object the object at i is: "the training and serving of machine learning
 * models", "continuous deployment and monitoring of machine learning models". The nouns stand in a
 * list (with list glue between) right before "of"; between "of" and the object only describing
 * words, as after a work verb; and the object ends its noun phrase.
 */
function workNounsOf(t: Tokens, i: number): readonly number[] {
  const next = i + 1;
  if (!phraseEndsBefore(t, next)) return NONE;
  if (sharesAHead(t, next)) return NONE;
  let j = i - 1;
  for (let modifiers = 0; j >= 0 && modifiers <= MAX_MODIFIERS; j--) {
    if (hyphenAt(t, j)) continue;
    if (!isWord(t, j) || NOT_MODIFIERS.has(t.lower[j]!)) break;
    modifiers++;
  }
  if (j < 1 || t.lower[j] !== 'of' || !isWord(t, j - 1)) return NONE;
  const nouns = [j - 1];
  while (nouns.length < MAX_NOUNS) {
    let g = nouns[0]! - 1;
    let glue = 0;
    while (g >= 0 && VERB_GLUE.has(t.lower[g]!) && glue < 2) {
      g--;
      glue++;
    }
    if (glue === 0 || g < 0 || !isWord(t, g) || NOT_MODIFIERS.has(t.lower[g]!)) break;
    nouns.unshift(g);
  }
  return nouns;
}

/**
 * "Design, develop and deploy scalable machine learning models", "experience of training,
 * evaluating, testing, and deploying industry-level models": the taxonomy names the work by the
 * verb and its object ("deploy models", "training models"); each verb of the list that does so
 * is a mention, on the verb's own word (it does not overlap the object's own skills:
 * "machine learning models"). Adds candidates; keeps text order.
 */
export function verbObjectMentions(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  // Widened: the closure below assigns it.
  let out = null as Candidate[] | null;
  const add = (v: number, i: number, entry: AliasEntry | undefined) => {
    if (!entry) return;
    const list: Candidate[] = out ?? found;
    if (list.some((c) => c.first <= v && c.last >= v) || list.some((c) => c.skillId === entry.skillId && c.first <= i && c.last >= v)) return;
    const mention: Candidate = { skillId: entry.skillId, entry, first: v, last: v, start: t.start[v]!, end: t.end[v]! };
    VERB_MENTIONS.add(mention);
    (out ??= found.slice()).push(mention);
  };
  // "putting ML models into production", "shipping ML solutions to production": deploying them.
  const entry = (v: number, object: string) => verbObjectEntry(index, PRODUCTION_ONLY.has(t.lower[v]!) ? 'deploy' : t.lower[v]!, object);
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    const w = t.lower[i]!;
    if (!OBJECT_OR_PRODUCT.mayHave(w)) continue;
    const product = MODEL_PRODUCTS.has(w);
    if (!product && !OBJECT_SET.has(w)) continue;
    const verbs = toProduction(t, i + 1) ? PRODUCTION_VERBS : OBJECT_VERBS;
    if (product) {
      // "deploying AI/ML solutions": the work is on the solution's models.
      const deployedOnly = DEPLOYED_PRODUCTS.has(w);
      for (const v of workVerbsOf(t, i, i, verbs)) {
        if (deployedOnly && !(PRODUCTION_ONLY.has(t.lower[v]!) || DEPLOYS.has(stem(t.lower[v]!)))) continue;
        if (modelFieldBetween(found, v, i, index)) add(v, i, entry(v, 'models'));
      }
      continue;
    }
    for (const v of workVerbsOf(t, i, i, verbs)) add(v, i, entry(v, w));
    for (const n of workNounsOf(t, i)) add(n, i, nounObjectEntry(index, t.lower[n]!, w));
  }
  return out ? out.sort((a, b) => a.first - b.first) : found;
}
