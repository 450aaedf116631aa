import { ASK_NOUNS } from './ask-nouns';
import type { Candidate } from './scan';
import { isJoiner, type SkillIndex } from './skill-index';
import { startsLower, TokenKind, type Tokens } from './tokenize';

/** What joins the words that share one head: "unit and functional testing", "unit, integration or load testing". */
const GLUE = new Set(['and', 'or', ',', '/', '&']);
/** How many words may share the head: "unit, integration, and end-to-end testing". */
const MAX_SHARED = 3;

/**
 * "unit and functional testing", "batch and stream processing", "supervised and unsupervised
 * learning": postings write two skills that share their last words once. Each single word before
 * such a match, joined to it by "and", "or" or a comma, names the skill it forms with the match's
 * tail when the taxonomy has that name ("unit testing"). Only words that start no match of their
 * own, and only names whose case needs no checking. Adds candidates; keeps text order.
 */
export function sharedHeads(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  let out: Candidate[] | null = null;
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    const prevEnd = k > 0 ? found[k - 1]!.last : -1;
    // "unit and functional testing": the word before the match ("functional") is the other
    // skill's own word, and the whole match is the shared head; "batch and stream processing":
    // the match's own first word is, and the rest of it.
    const own = c.first - 1 > prevEnd && t.kind[c.first - 1] === TokenKind.Word && !GLUE.has(t.lower[c.first - 1]!);
    if (!own && c.last === c.first) continue;
    // The match's own first word may be a hyphenated compound: "relational and non-relational
    // databases", "supervised and semi-supervised learning", "unit and end-to-end testing" share
    // what comes after "non-relational", "semi-supervised", "end-to-end".
    let from = c.first;
    if (!own) for (from++; from < c.last && hyphenInWord(t, from); from += 2);
    const tail: string[] = [];
    for (let i = from; i <= c.last; i++) if (!isJoiner(t.lower[i]!)) tail.push(t.lower[i]!);
    let glue = own ? c.first - 2 : c.first - 1;
    for (let n = 0; n < MAX_SHARED; n++) {
      // ", and": the glue may be two tokens.
      while (glue > prevEnd && GLUE.has(t.lower[glue]!) && GLUE.has(t.lower[glue - 1] ?? '')) glue--;
      const w = glue - 1;
      if (w <= prevEnd || !GLUE.has(t.lower[glue]!) || t.kind[w] !== TokenKind.Word) break;
      const entry = walk(index, [t.lower[w]!, ...tail]);
      if (!entry || entry.caseSensitive || entry.skillId === c.skillId) break;
      (out ??= found.slice()).push({ skillId: entry.skillId, entry, first: w, last: w, start: t.start[w]!, end: t.end[w]! });
      glue = w - 1;
    }
  }
  return out ? out.sort((a, b) => a.first - b.first) : found;
}

/** A hyphen written inside a word ("non-relational"), with a word after it. */
const hyphenInWord = (t: Tokens, i: number) => t.lower[i] === '-' && !t.spaced[i] && !t.spaced[i + 1] && t.kind[i + 1] === TokenKind.Word;

function walk(index: SkillIndex, keys: readonly string[]) {
  return index.trie.entry(index.trie.path(keys));
}

/**
 * Words that take a phrase somewhere, so it has ended before them: "model deployment and serving
 * into production", "ML infrastructure & deployment within the system". Not "to" or "in", after
 * which one word is as often a thing of its own ("data analysis and modeling to identify trends",
 * "… and modeling in Python").
 */
const PLACE_WORDS = new Set(['across', 'into', 'within']);

/**
 * Nouns of an ask, after which the phrase has ended too: what comes before them is what they ask
 * for ("AI model development and deployment exposure", "model training and evaluation experience").
 * In lower case: a capital opens the next item whose line break was lost ("…and deployment Ability to…").
 */
const AFTER_ASKED = new Set([...ASK_NOUNS, 'exposure']);
const askNounAt = (t: Tokens, i: number) => AFTER_ASKED.has(t.lower[i]!) && startsLower(t, i);

/** The plural heads a field's name takes ("machine learning models"), which another plural head may share. */
const FIELD_HEADS = new Set(['models', 'systems']);
/**
 * Kinds of tool, which the work makes there rather than uses: "build deep learning models and
 * frameworks for research teams" asks for no deep learning framework.
 */
const TOOL_KINDS = new Set(['frameworks', 'libraries', 'tools', 'toolkits', 'platforms', 'stacks']);
/** Words that open what the phrase is for or where it is, after its head: "… pipelines for deployment", "… pipelines in Python". */
const PHRASE_GOES_ON = new Set(['for', 'in', 'to', 'with', 'at', 'on', 'across', 'using', 'that', 'which']);

/**
 * "machine learning models and pipelines for deployment", "ML models and pipelines in Python":
 * two plural heads of one field's name, the second going on with what they are for. Unlike one
 * word after a field's skill ("data analysis and modeling in Python", where "modeling" may be a
 * thing of its own), a plural noun after the field's own plural head is its second head; not a
 * kind of tool, which such a sentence makes.
 */
function secondHeadOfField(t: Tokens, last: number, w: number): boolean {
  if (!FIELD_HEADS.has(t.lower[last]!) || w !== last + 2 || t.lower[last + 1] !== 'and') return false;
  const next = w + 1;
  return t.lower[w]!.endsWith('s') && !TOOL_KINDS.has(t.lower[w]!) && next < t.count && t.kind[next] === TokenKind.Word && PHRASE_GOES_ON.has(t.lower[next]!);
}

/** Stages of a thing's work that name nothing of their own, so they share a pair's lead: "model training and deployment". */
const STAGES = new Set(['deployment', 'evaluation', 'monitoring', 'serving']);


/**
 * "data analysis, engineering, and exploration", "database design, optimization, and operations",
 * "model building, evaluation and deployment": the mirror of sharedHeads, skills that share their
 * first words, written once. Each word after such a match, joined to it by "and", "or" or a comma,
 * names the skill it forms with the match's first words when the taxonomy has that name ("data
 * engineering"). Only words written in lower case ("a degree in Data Science, Engineering, or a
 * related field" names two fields, not data engineering) that start no match of their own, and
 * only names whose case needs no checking, after a match that is no everyday phrase. One such word
 * alone is as often a thing of its own ("data analysis and modeling to identify trends", "data
 * analysis, modeling, feature engineering", "perform data preprocessing, and engineer relevant
 * features"), so it shares the lead only where its phrase ends with it (or goes on "into"
 * something), not before more words or before another skill of the list. Adds candidates; keeps text order.
 */
export function sharedLeads(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  let out: Candidate[] | null = null;
  const startsMatch = (i: number) => found.some((f) => f.first === i && f.offCase !== true);
  /** The words after `at` that may share `lead`, each with the everyday name it would replace. */
  const runAfter = (at: number, from: number) => {
    const run: Array<{ w: number; own: Candidate | undefined }> = [];
    let next = from;
    while (run.length < MAX_SHARED) {
      // ", and": the glue may be two tokens.
      let w = at;
      while (w < t.count && w - at < 2 && GLUE.has(t.lower[w]!)) w++;
      if (w === at || w >= t.count || t.kind[w] !== TokenKind.Word || !startsLower(t, w)) break;
      while (next < found.length && found[next]!.first < w) next++;
      // A word that starts a name of its own ends the list; an everyday name in another case
      // ("engineering", which only a list could make the degree field) gives way.
      const own = next < found.length && found[next]!.first === w ? found[next]! : undefined;
      if (own && own.offCase !== true) break;
      run.push({ w, own });
      at = w + 1;
    }
    return run;
  };
  /** A last word of a list that ends its phrase (or goes on "into" something), before no other skill of the list. */
  const endsPhrase = (w: number) => {
    const after = w + 1;
    if (after < t.count && t.kind[after] === TokenKind.Word && !PLACE_WORDS.has(t.lower[after]!) && !askNounAt(t, after)) return false;
    let more = after;
    while (more < t.count && more - after < 2 && GLUE.has(t.lower[more]!)) more++;
    return !(more > after && startsMatch(more));
  };
  const share = (lead: readonly string[], run: ReadonlyArray<{ w: number; own: Candidate | undefined }>, skip: string | null) => {
    for (const { w, own } of run) {
      const entry = walk(index, [...lead, t.lower[w]!]);
      if (!entry || entry.caseSensitive || entry.skillId === skip) continue;
      out ??= found.slice();
      if (own) out.splice(out.indexOf(own), 1);
      out.push({ skillId: entry.skillId, entry, first: w, last: w, start: t.start[w]!, end: t.end[w]! });
    }
  };
  // "model training/evaluation, A/B testing", "model training/serving": a slash with no space
  // binds the two as one name written once, whatever follows them.
  const slashed = (last: number, w: number) => w === last + 2 && t.lower[last + 1] === '/' && !t.spaced[last + 1] && !t.spaced[w];
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (c.last === c.first) continue;
    const lead: string[] = [];
    for (let i = c.first; i < c.last; i++) if (!isJoiner(t.lower[i]!)) lead.push(t.lower[i]!);
    if (lead.length === 0) continue;
    const run = runAfter(c.last + 1, k + 1);
    if (run.length === 0) continue;
    // An everyday phrase the duties touch ("model training and inference") leads no list of two
    // unless the second is a stage of its work ("model training and deployment"); it leads a list
    // of the stages of its work: "model training, evaluation, and deployment".
    if (c.entry.needsAsk && run.length < 2 && !STAGES.has(t.lower[run[0]!.w]!)) continue;
    if (run.length === 1 && !endsPhrase(run[0]!.w) && !slashed(c.last, run[0]!.w) && !secondHeadOfField(t, c.last, run[0]!.w)) continue;
    share(lead, run, c.skillId);
  }
  // "AI model development and deployment", "model building and evaluation": a pair whose first
  // names no skill still leads its second, where that is a stage of the work alone.
  for (let i = 2; i + 1 < t.count; i++) {
    const w = i + 1;
    if ((t.lower[i] !== 'and' && t.lower[i] !== '&') || !STAGES.has(t.lower[w]!) || !startsLower(t, w) || !endsPhrase(w)) continue;
    const a = i - 2;
    if (t.kind[a] !== TokenKind.Word || t.kind[i - 1] !== TokenKind.Word || !startsLower(t, a) || !startsLower(t, i - 1)) continue;
    if (found.some((f) => f.first <= w && f.last >= a)) continue;
    share([t.lower[a]!], [{ w, own: undefined }], null);
  }
  // "model building, evaluation and deployment", "data collection, cleaning, and analysis": the
  // first of the list names no skill ("model building" is the whole job), yet its first word
  // leads the rest, which are skills when the taxonomy has the names they make with it. Only two
  // or more such stages in lower case, after a pair of lower-case words no match touches.
  let k = 0;
  for (let i = 2; i < t.count; i++) {
    if (t.lower[i] !== ',') continue;
    const a = i - 2;
    const b = i - 1;
    if (t.kind[a] !== TokenKind.Word || t.kind[b] !== TokenKind.Word || !startsLower(t, a) || !startsLower(t, b)) continue;
    while (k < found.length && found[k]!.last < a) k++;
    if (k < found.length && found[k]!.first <= b) continue;
    const run = runAfter(i, k);
    if (run.length < 2 || run.some((r) => r.own) || !walk(index, [t.lower[a]!, t.lower[run[0]!.w]!])) continue;
    share([t.lower[a]!], run, null);
  }
  // Assigned inside share(), which the compiler's narrowing does not follow.
  const added = out as Candidate[] | null;
  return added ? added.sort((x, y) => x.first - y.first) : found;
}
