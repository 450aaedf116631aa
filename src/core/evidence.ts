import { describesTheWork, nimbleNotMethod } from './adjective-aliases';
import { ASK_ADJECTIVES, ASK_NOUNS } from './ask-nouns';
import type { Candidate } from './scan';
import { beforeOpenerAt } from './examples-openers';
import { LIST_ONLY_WORDS } from './everyday-words';
import { ASK_PHRASE_LIST } from './lexicon/ask-phrases';
import { phraseSet } from './lexicon/lexicon';
import { startsLower, TokenKind, type Tokens } from './tokenize';
import { readAsAVerb } from './verb-aliases';
import { isVerbMention, objectOfWorkVerb } from './work-verbs';

/** How far (in tokens, same line) another skill may stand and still vouch for an everyday word. */
const WINDOW = 8;

/** Words right after an everyday word that show it's used as a technology ("R programming"). */
const TECH_CUES = new Set(
  'programming language languages lang developer developers development code codebase codebases coding scripting scripts framework frameworks cluster clusters jobs job streaming api apis module modules package packages crate crates libraries library ecosystem service microservice microservices sdk runtime notebooks spreadsheets spreadsheet macros dashboards pivot sql studio server services shiny tidyverse ui backend'.split(' '),
);

/** Words right after an everyday word that show it's the verb or noun of English ("excel at", "rest of"). */
const ENGLISH_FOLLOWERS = new Set(
  'at of the a an your our their his her up out ahead beyond forward over away back above further through into'.split(' '),
);

/** Verbs right before an everyday word that make it the résumé or a thing sent ("submit CV"): English. */
const SENT_BEFORE = new Set('send submit attach upload'.split(' '));
/**
 * Determiners right before an everyday word that make it a noun of English ("send your CV", "a
 * CV including…", "a CV."), unless a noun follows that it names the kind of: "a Go service", "a
 * Spark job", "an R package". So only where a word of grammar follows, or no word (those that
 * make any everyday word English, "of", "at", are ENGLISH_FOLLOWERS, read first).
 */
const DETERMINERS = new Set('a an your'.split(' '));
const GRAMMAR_AFTER = new Set('and or including with to that which for in on by as from is are was were will be if when where who'.split(' '));

/** Two words before an everyday word that ask for it as a skill: "experience with Snowflake", "knowledge of Go" (lexicon/ask-phrases.ts). */
const ASKED_BEFORE = phraseSet(ASK_PHRASE_LIST);

function askedBefore(t: Tokens, i: number): boolean {
  const a = i - 2;
  const b = i - 1;
  return a >= 0 && t.kind[a] === TokenKind.Word && t.kind[b] === TokenKind.Word && ASKED_BEFORE.has(`${t.lower[a]} ${t.lower[b]}`);
}

const LIST_PUNCT = new Set([',', '/', ')', '(', ';', '|', '&']);
const LIST_WORDS = new Set(['and', 'or']);
const SENTENCE_END = new Set(['.', '!', '?', ':', '•', '*', '·', '–', '—', '-']);
const GLUE = new Set(['-', '&', "'", '\u2019', '\u2010']);

function isLineOrSentenceStart(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (p < 0) return true;
  if (t.kind[p] === TokenKind.Newline) return true;
  return t.kind[p] === TokenKind.Punct && SENTENCE_END.has(t.lower[p]!);
}

function nextIsListy(t: Tokens, i: number): boolean {
  const n = i + 1;
  if (n >= t.count || t.kind[n] === TokenKind.Newline) return true;
  const tok = t.lower[n]!;
  if (t.kind[n] === TokenKind.Punct) return LIST_PUNCT.has(tok) || tok === '.';
  return LIST_WORDS.has(tok) || TECH_CUES.has(tok);
}

function prevIsListy(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (p < 0) return false;
  const tok = t.lower[p]!;
  return t.kind[p] === TokenKind.Punct ? LIST_PUNCT.has(tok) : LIST_WORDS.has(tok);
}

/** "AI-driven automation", "research-driven company": a phrase hyphenated to the next word describes it. */
function hyphenatedOn(t: Tokens, last: number): boolean {
  const n = last + 1;
  return n + 1 < t.count && t.lower[n] === '-' && !t.spaced[n] && !t.spaced[n + 1] && t.kind[n + 1] === TokenKind.Word;
}

function glued(t: Tokens, c: Candidate): boolean {
  const n = c.last + 1;
  if (n < t.count && !t.spaced[n] && GLUE.has(t.lower[n]!)) return true;
  const p = c.first - 1;
  return p >= 0 && !t.spaced[c.first] && GLUE.has(t.lower[p]!);
}

/** A confirmed skill within WINDOW tokens on the same line; pos = first confirmed at or after c. */
function vouchedFor(t: Tokens, c: Candidate, confirmed: readonly Candidate[], pos: number): boolean {
  const near = (from: number, to: number) => {
    if (to - from > WINDOW) return false;
    for (let k = from + 1; k < to; k++) if (t.kind[k] === TokenKind.Newline) return false;
    return true;
  };
  const left = confirmed[pos - 1];
  const right = confirmed[pos];
  return (left !== undefined && near(left.last, c.first)) || (right !== undefined && near(c.last, right.first));
}

/** Lower bound index of the first confirmed candidate starting at or after token i. */
function lowerBound(list: readonly Candidate[], first: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of two skills is the other's parent in the taxonomy ("Machine learning" under "Artificial intelligence"). */
export type Nested = (a: string, b: string) => boolean;

const plain = (c: Candidate) => !c.entry.needsEvidence && !c.entry.needsAsk;

/** Tokens between two candidates are only list glue (", ", " and ", ", or "), or none: they are listed together. */
function listedTogether(t: Tokens, left: Candidate, right: Candidate): boolean {
  // "training, evaluating, testing, and deploying models": the verbs are no list of names.
  if (isVerbMention(left) || isVerbMention(right)) return false;
  const gap = right.first - left.last - 1;
  // Side by side with nothing between: a list whose commas were lost ("Azure DevOps automation").
  if (gap === 0) return t.kind[right.first] === TokenKind.Word && t.spaced[right.first] === 1;
  if (gap > 2) return false;
  for (let k = left.last + 1; k < right.first; k++) {
    const tok = t.lower[k]!;
    if (!(t.kind[k] === TokenKind.Punct ? LIST_PUNCT.has(tok) : LIST_WORDS.has(tok))) return false;
  }
  // "(e.g., TensorFlow, Scikit-learn)Solid understanding of…", "(Docker and containerization) Solid
  // understanding…": a word right after a closing bracket, with no comma or "and", opens the next
  // line, its break lost; it is in no list with what the bracket closed.
  return t.lower[right.first - 1] !== ')';
}

/**
 * An everyday phrase that names a skill ("research", "leadership", "stakeholders") is asked for
 * when the words around it ask ("experience in research", "strong leadership", "research
 * skills") or when it is listed beside another skill ("communication and leadership").
 */
/** How many words may stand between an ask ("expertise in") and what it asks for. */
const ASK_REACH = 4;
const CLAUSE_GLUE = new Set(['and', 'or', ',', '-']);

/**
 * "expertise in designing and building robust data infrastructure": the ask's object comes
 * after the activities done with it, and at most one word more ("robust"). Any other word
 * between makes it a phrase of its own ("experience with partners to understand business
 * requirements", "experience with commercial machine learning model development").
 */
function askedThroughActivities(t: Tokens, i: number): boolean {
  let other = 0;
  for (let k = i - 1, words = 0; k >= 2 && words < ASK_REACH; k--) {
    const w = t.lower[k]!;
    if (t.kind[k] === TokenKind.Newline) return false;
    if (CLAUSE_GLUE.has(w)) continue;
    if (t.kind[k] !== TokenKind.Word) return false;
    if (!(w.length > 4 && w.endsWith('ing')) && ++other > 1) return false;
    words++;
    if (askedBefore(t, k) && other < words) return true;
  }
  return false;
}

/**
 * "Customer-facing or project-based experience", "research and teaching experience": an ask noun
 * after the phrase, or after one more word (a hyphenated compound is one) joined to it by "or" or
 * "and", asks for both.
 */
function askNounAfter(t: Tokens, last: number): boolean {
  let n = last + 1;
  if (n + 1 < t.count && (t.lower[n] === 'or' || t.lower[n] === 'and') && t.kind[n + 1] === TokenKind.Word) {
    n += 2;
    while (n + 1 < t.count && t.lower[n] === '-' && !t.spaced[n] && t.kind[n + 1] === TokenKind.Word) n += 2;
    // "…performance, security and resilience Ability to push…": a capital opens the next item.
    if (n < t.count && isCapital(t.text.charCodeAt(t.start[n]!))) return false;
  }
  return n < t.count && t.kind[n] === TokenKind.Word && ASK_NOUNS.has(t.lower[n]!);
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/** The words right around a stretch of tokens ask for it: an ask phrase or adjective before, an ask noun after, a work verb making it. */
function askedAround(t: Tokens, first: number, last: number): boolean {
  if (askedBefore(t, first) || askedThroughActivities(t, first) || objectOfWorkVerb(t, first, last)) return true;
  const p = first - 1;
  if (p >= 0 && t.kind[p] === TokenKind.Word && ASK_ADJECTIVES.has(t.lower[p]!)) return true;
  return askNounAfter(t, last);
}

/**
 * "deep learning algorithms", "GenAI research", "ML model development": an everyday phrase right
 * after another skill is the head noun of that skill's compound; what is asked is the skill before
 * it. Not so in a run of names whose commas were lost ("Azure DevOps automation"): there the
 * name before it stands right after a third.
 */
function headOfCompound(t: Tokens, candidates: readonly Candidate[], i: number): boolean {
  const before = candidates[i - 1];
  const c = candidates[i]!;
  if (before === undefined || isVerbMention(before)) return false;
  if (before.last + 1 !== c.first) return sharesTheModifier(t, before, c);
  if (!t.spaced[c.first]) return false;
  const third = candidates[i - 2];
  return !(third !== undefined && third.last + 1 === before.first);
}

/** Words after a noun phrase that end it ("…models and algorithms that drive…", "…into AI products"). */
const CLAUSE_AFTER = new Set('into across at of used can could will should must'.split(' '));

/** Head nouns a field's name takes: "machine learning models", "deep learning techniques". */
const FIELD_HEADS = new Set(['models', 'techniques', 'methods', 'concepts', 'systems']);

/**
 * "machine learning models and algorithms", "machine learning models, algorithms, and data": the
 * head noun listed right after a field's compound shares its modifier (the field's algorithms).
 */
function sharesTheModifier(t: Tokens, before: Candidate, c: Candidate): boolean {
  if (before.last === before.first || !FIELD_HEADS.has(t.lower[before.last]!) || c.last !== c.first) return false;
  // "ML systems, AI infrastructure": a word of its own compound follows, it is no head noun.
  const n = c.last + 1;
  // A word glued on ("…algorithmsAnalyze large datasets") opens the next item whose line break was lost.
  if (n < t.count && t.kind[n] === TokenKind.Word && t.start[n]! > t.end[c.last]! && !LIST_WORDS.has(t.lower[n]!) && !GRAMMAR_AFTER.has(t.lower[n]!) && !CLAUSE_AFTER.has(t.lower[n]!)) return false;
  for (let k = before.last + 1; k < c.first; k++) if (!LIST_PUNCT.has(t.lower[k]!) && !LIST_WORDS.has(t.lower[k]!)) return false;
  return c.first - before.last <= 3;
}

/**
 * "code reviews, version control, build processes, and testing": one item of the list that names
 * no skill (a word or three in lower case, between a comma and a comma or "and"/"or") does not
 * end it for the everyday phrase after it, where that phrase ends its own item.
 */
function itemBetween(t: Tokens, a: Candidate, b: Candidate): boolean {
  let k = a.last + 1;
  if (t.lower[k] !== ',' || isVerbMention(a) || isVerbMention(b)) return false;
  let words = 0;
  for (k++; k < b.first && t.kind[k] === TokenKind.Word && !LIST_WORDS.has(t.lower[k]!) && startsLower(t, k); k++) words++;
  if (words === 0 || words > 3) return false;
  if (t.lower[k] === ',') k++;
  if (LIST_WORDS.has(t.lower[k]!)) k++;
  // The name after it ends its own item: "testing." is one, "testing metrics" a thing of its own.
  const after = b.last + 1;
  return k === b.first && k > a.last + words + 2 && !(after < t.count && t.kind[after] === TokenKind.Word && !LIST_WORDS.has(t.lower[after]!));
}

function askedFor(t: Tokens, candidates: readonly Candidate[], i: number, nested: Nested): boolean {
  const c = candidates[i]!;
  if (headOfCompound(t, candidates, i)) return false;
  if (askedAround(t, c.first, c.last) || headAsked(t, candidates, i)) return true;
  // Listed beside other skills: with list glue one is enough ("communication and leadership");
  // side by side without any, a compound is likelier ("CI/CD automation"), so it takes a run of
  // three ("Azure DevOps automation", lists whose commas were lost). The list may hold other
  // everyday phrases ("data structures, algorithms and software engineering"), but one of its
  // skills at least must need no evidence: "research and stakeholders" is no list of skills.
  return listAsks(t, candidates, i, nested, false) || listAsks(t, candidates, i, nested, true);
}

/**
 * "experience in system design, application development, testing, and operational stability",
 * "Preferred experience: ads system, recommendation, searching, ranking, etc.": the ask before a
 * list's first item asks for every item of it, everyday phrases too, even where every item needs
 * evidence (listAsks wants plain names among them). The list is its items joined by list glue,
 * over items that name no skill (itemBetween); names side by side with no glue between may be a
 * compound, and end it.
 */
function headAsked(t: Tokens, candidates: readonly Candidate[], i: number): boolean {
  let from = i;
  while (from > 0) {
    const a = candidates[from - 1]!;
    const b = candidates[from]!;
    if (a.last + 1 === b.first || !(listedTogether(t, a, b) || itemBetween(t, a, b))) break;
    from--;
  }
  const head = candidates[from]!;
  return (from < i && askedBefore(t, head.first)) || askNounColonBefore(t, head.first);
}

/** "Preferred experience: ads system, …", "Skills: leadership, …": an ask noun and a colon right before, on the same line. */
function askNounColonBefore(t: Tokens, i: number): boolean {
  const colon = i - 1;
  const noun = i - 2;
  return noun >= 0 && t.lower[colon] === ':' && t.kind[noun] === TokenKind.Word && ASK_NOUNS.has(t.lower[noun]!);
}

/**
 * Whether the list holding candidate i asks for it; with loose, the list goes on over an item
 * that names no skill (itemBetween), but then only among three names or more, two of them plain
 * ("coding standards, code reviews, version control, build processes, and testing").
 */
function listAsks(t: Tokens, candidates: readonly Candidate[], i: number, nested: Nested, loose: boolean): boolean {
  let from = i;
  let to = i;
  let sideBySide = false;
  let skipped = false;
  const joined = (a: Candidate, b: Candidate) => {
    if (listedTogether(t, a, b)) return true;
    return loose && itemBetween(t, a, b) ? (skipped = true) : false;
  };
  while (from > 0 && joined(candidates[from - 1]!, candidates[from]!)) {
    if (candidates[from - 1]!.last + 1 === candidates[from]!.first) sideBySide = true;
    from--;
  }
  while (to + 1 < candidates.length && joined(candidates[to]!, candidates[to + 1]!)) {
    if (candidates[to]!.last + 1 === candidates[to + 1]!.first) sideBySide = true;
    to++;
  }
  let plainCount = 0;
  for (let k = from; k <= to; k++) if (plain(candidates[k]!)) plainCount++;
  if (plainCount === 0 || to - from + 1 < (sideBySide ? 3 : 2)) return false;
  if (skipped && (plainCount < 2 || to - from < 2)) return false;
  // "machine learning and AI", "AI and ML techniques": a field and its parent, joined alone, name
  // one area as "AI/ML" does, and the pair is asked only where the words around it ask for it
  // ("experience in machine learning and AI"), not in "advancements in machine learning and AI".
  const a = candidates[from]!;
  const b = candidates[to]!;
  if (to - from === 1 && pairOnItsOwn(t, a, b) && nested(a.skillId, b.skillId)) return askedAround(t, a.first, b.last);
  return true;
}

/** Two names joined by "and", "or", "&" or "/" alone, not the end of a longer list ("AI and ML", not "privacy, and security"; the "and" ends a list, so a comma after them ends a clause). */
function pairOnItsOwn(t: Tokens, a: Candidate, b: Candidate): boolean {
  for (let k = a.last + 1; k < b.first; k++) if (t.lower[k] === ',') return false;
  return t.lower[a.first - 1] !== ',';
}

/**
 * An everyday word in another case than the tool's ("spark", "Rest") is the tool only inside a
 * list of skills: three or more listed together ("hive, spark, flink", "Python/Java/go/C++"), or
 * two written as one ("Rest/GraphQL"), with at least one that needs no evidence.
 */
function inSkillList(t: Tokens, candidates: readonly Candidate[], i: number): boolean {
  // "web development and make recommendations": an everyday phrase right after, with no glue
  // between, is English going on, not a list whose commas were lost.
  const together = (a: Candidate, b: Candidate) => listedTogether(t, a, b) && !(b.first === a.last + 1 && (a.entry.needsAsk || b.entry.needsAsk));
  let from = i;
  while (from > 0 && together(candidates[from - 1]!, candidates[from]!)) from--;
  let to = i;
  while (to + 1 < candidates.length && together(candidates[to]!, candidates[to + 1]!)) to++;
  let anyPlain = false;
  for (let k = from; k <= to; k++) if (plain(candidates[k]!)) anyPlain = true;
  if (!anyPlain) return false;
  if (to - from >= 2) return true;
  if (to === from) return false;
  // Two: only when slashed together, no spaces ("Rest/GraphQL").
  const a = candidates[from]!;
  const b = candidates[to]!;
  return b.first - a.last === 2 && t.lower[a.last + 1] === '/' && !t.spaced[a.last + 1] && !t.spaced[b.first];
}

/** "simulation frameworks (e.g., Gazebo, V-REP, Unity)", "languages such as Go": the first example a list opener names is a name. */
function afterExamplesOpener(t: Tokens, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && (t.lower[i] === ',' || t.lower[i] === ':' || t.lower[i] === '(')) i--;
  return i >= 0 && beforeOpenerAt(t, i) !== null;
}

/** "Amazon Go", "Google Pay": an everyday word right after a capitalised name is that name's tail. */
function nameTail(t: Tokens, c: Candidate, candidates: readonly Candidate[], i: number): boolean {
  const p = c.first - 1;
  if (p < 0 || t.kind[p] !== TokenKind.Word || !t.spaced[c.first] || isLineOrSentenceStart(t, p)) return false;
  const w = t.text[t.start[p]!]!;
  if (w < 'A' || w > 'Z') return false;
  const before = candidates[i - 1];
  return !(before !== undefined && before.last === p);
}

/**
 * Keeps the candidates that need no evidence, and the everyday words ("Go", "R", "Excel",
 * "Spark", "REST") that are backed by it, and the everyday phrases that are asked for,: not glued into a compound ("go-to", "R&D",
 * "C-suite"), not followed by the words that make them English ("excel at"), in a list or
 * after a technical cue when they open a sentence, and with another skill close by.
 */
export function applyEvidence(t: Tokens, found: readonly Candidate[], nested: Nested = () => false): Candidate[] {
  const candidates = found.filter((c) => !describesTheWork(t, c) && !nimbleNotMethod(t, c) && !readAsAVerb(t, c));
  const confirmed = candidates.filter(plain);
  if (confirmed.length === candidates.length) return confirmed;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (plain(c)) {
      out.push(c);
      continue;
    }
    if (c.offCase) {
      if (!glued(t, c) && inSkillList(t, candidates, i)) out.push(c);
      continue;
    }
    if (c.entry.needsAsk) {
      if (!hyphenatedOn(t, c.last) && askedFor(t, candidates, i, nested)) out.push(c);
      continue;
    }
    if (glued(t, c) || nameTail(t, c, candidates, i)) continue;
    if (c.first === c.last && LIST_ONLY_WORDS.has(t.lower[c.first]!)) {
      if (inSkillList(t, candidates, i)) out.push(c);
      continue;
    }
    const n = c.last + 1;
    if (n < t.count && t.kind[n] === TokenKind.Word && ENGLISH_FOLLOWERS.has(t.lower[n]!)) continue;
    const p = c.first - 1;
    if (p >= 0 && t.kind[p] === TokenKind.Word) {
      const before = t.lower[p]!;
      if (SENT_BEFORE.has(before)) continue;
      if (DETERMINERS.has(before) && !(n < t.count && t.kind[n] === TokenKind.Word && !GRAMMAR_AFTER.has(t.lower[n]!))) continue;
    }
    const listy = nextIsListy(t, c.last) || prevIsListy(t, c.first);
    // "large-scale data systems (e.g., Spark, Hive)": listed right after an everyday name kept as
    // a name, it is one too.
    const prev = candidates[i - 1];
    const afterKeptName = prev !== undefined && out[out.length - 1] === prev && !plain(prev) && listedTogether(t, prev, c);
    const cue = (n < t.count && TECH_CUES.has(t.lower[n]!)) || askedBefore(t, c.first) || afterExamplesOpener(t, c.first) || afterKeptName;
    if (isLineOrSentenceStart(t, c.first) && !listy) continue;
    // A single letter ("R", "C") needs a list, or words that ask for it: "Experience with R preferred".
    const singleLetter = c.end - c.start === 1;
    if (singleLetter && !listy && !askedBefore(t, c.first)) continue;
    const pos = lowerBound(confirmed, c.first);
    if (vouchedFor(t, c, confirmed, pos) || cue) out.push(c);
  }
  return out;
}
