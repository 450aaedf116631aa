import { isGlue } from './name-lists';
import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';

/** How many tokens back from a name the list's "culture of" may be: "a culture of collaboration, scientific inquiry, continuous learning". */
const REACH = 12;

/** Words that end the walk back: the list is another phrase's object ("culture of teams working with Python"). */
const NOT_IN_ITEM = new Set('with to for in on at by from into the a an our your their its including such like using'.split(' '));

/**
 * "fostering a culture of continuous learning", "Foster a culture of innovation, continuous
 * learning, and best practices": what a culture is made of describes the team the candidate
 * joins (or builds), not a skill asked of them; so does a field whose news the candidate is to
 * follow or that the work serves (afterFieldOf, beforeNews). Marked like a job's or a team's name (`inRoleName`:
 * listed as mentioned, never as missing); the same skill asked elsewhere still counts there.
 */
export function markCultures(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) if (!c.inRoleName && (afterCultureOf(t, c.first) || afterFieldOf(t, c.first) || beforeNews(t, c))) c.inRoleName = true;
  return found;
}

/** Words between a field's preposition and its list that belong to neither: "in the latest…", "on emerging…". */
const FIELD_FILLER = new Set('the latest emerging recent newest'.split(' '));
const FIELD_PREPOSITIONS = new Set('in within of on with across'.split(' '));
/** What a field is the news of: "the latest advancements in AI", "emerging trends within machine learning", "ML literature". */
const NEWS = new Set('advancements advances trends developments breakthroughs innovations literature'.split(' '));
/**
 * News words a field may name before it, not after: "SoTA progress", "AI progress", whereas
 * "progress in X" is as often a project's ("track sprint progress in Jira", "keep stakeholders
 * updated on progress in model training").
 */
const NEWS_BEFORE = new Set([...NEWS, 'progress']);
/** Verbs that make the news of a field something to keep up with, not a skill: "stay updated on…", "keep up with the latest trends in…". */
const KEEP_UP = new Set('stay staying stays keep keeping keeps remain remaining'.split(' '));
/** Verbs that follow the news only close before it: "Following SoTA progress", "follow the latest advances in", not a "Follow" that opens another clause of the sentence. */
const FOLLOW = new Set(['follow', 'following']);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);
/** How far back from the news word its "stay"/"keep" may stand: "Stay ahead-of-the curve regarding emerging trends within". */
const KEEP_UP_REACH = 12;
/** How far back its "follow" may stand: "Following recent SoTA progress", "Follow latest advances and trends in the Machine Learning community". */
const FOLLOW_REACH = 6;

/**
 * "Stay updated on the latest advancements in data science, machine learning, and AI", "stay up
 * to date with data processing software and algorithms", "We work at the frontier of AI and
 * software engineering", "our product's key ML use cases in the cybersecurity and observability
 * domains": the field followed, worked at the edge of, or served by the product is where the work
 * is, not a skill asked of the candidate. Not "familiarity with the latest advancements in LLMs":
 * only news that the candidate is to keep up with. That holds for a named discipline too, even
 * the role's own ("Keep up with the latest trends in data science" in a Data Scientist posting):
 * of the 488 development postings, the 4 whose field was asked only in this frame (ml1000-390,
 * 629, 821, 845) are labelled without it wherever labelled; asked in another sentence, the field
 * stays asked there.
 */
function afterFieldOf(t: Tokens, first: number): boolean {
  let i = first - 1;
  for (let n = 0; n < REACH && i >= 1; n++, i--) {
    const w = t.lower[i]!;
    if (t.kind[i] === TokenKind.Newline) return false;
    // "…advancements in machine learning and artificial intelligence (AI)": the abbreviation's bracket.
    if (FIELD_FILLER.has(w) || w === '(') continue;
    if (FIELD_PREPOSITIONS.has(w)) return fieldAnchor(t, i - 1);
    if (NOT_IN_ITEM.has(w) || runOn(t, i)) return false;
    if (t.kind[i] !== TokenKind.Word && !isGlue(t, i) && w !== '-') return false;
  }
  return false;
}

/**
 * "…keep up with industry trends in recommendation systems Leverage LLMs to…": a capitalised word
 * right after a lowercase one (no comma, no "and") opens the next item, its line break lost.
 */
function runOn(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (t.kind[i] !== TokenKind.Word || t.kind[p] !== TokenKind.Word || isGlue(t, p)) return false;
  const c = t.text.charCodeAt(t.start[i]!);
  const second = t.text.charCodeAt(t.start[i]! + 1);
  const lowerStart = t.text.charCodeAt(t.start[p]!);
  return c >= 65 && c <= 90 && second >= 97 && second <= 122 && lowerStart >= 97 && lowerStart <= 122;
}

/**
 * The words ending at token j, right before the field's preposition, name a field served (worked
 * at, the product's) or followed (its news kept up with): either way no ask.
 */
function fieldAnchor(t: Tokens, j: number): boolean {
  const words: string[] = [];
  for (let k = j; k >= 0 && words.length < 3; k--) {
    if (t.kind[k] === TokenKind.Newline) break;
    if (t.lower[k] === '-') continue;
    words.push(t.lower[k]!);
  }
  const [w1, w2, w3] = words;
  if (w1 === undefined) return false;
  // "We work at the frontier of AI", "Work at the intersection of data science and software
  // engineering", not "a strong grasp of the feasibility frontier of CS, AI"
  // (known, so asked) nor "you will be at the forefront of developing…" (the work itself).
  if (w1 === 'frontier' || w1 === 'forefront' || w1 === 'intersection') return w2 === 'the' && w3 === 'at' && !t.lower[j + 2]!.endsWith('ing');
  if (w1 === 'cases' && w2 === 'use') return true;
  const news = NEWS.has(w1) || w1 === 'abreast' || w1 === 'updated' || w1 === 'current' || (w1 === 'date' && w2 === 'to' && w3 === 'up') || (w1 === 'up' && (w2 === 'keep' || w2 === 'keeping'));
  return news && followed(t, j);
}

/**
 * A "stay"/"keep" verb stands a little before token j on its line, or a "follow" right before it;
 * not "the following", which opens a list, nor "keep track of", which watches the work's own
 * figures ("keep track of data quality trends").
 */
function followed(t: Tokens, j: number): boolean {
  for (let k = j, n = 0; k >= 0 && n < KEEP_UP_REACH; k--, n++) {
    if (t.kind[k] === TokenKind.Newline || SENTENCE_END.has(t.lower[k]!)) return false;
    const w = t.lower[k]!;
    if (KEEP_UP.has(w) && t.lower[k + 1] !== 'track') return true;
    if (FOLLOW.has(w) && n < FOLLOW_REACH && t.lower[k - 1] !== 'the') return true;
  }
  return false;
}

/**
 * "Following SoTA progress in relevant fields", "Stay updated on cutting-edge AI advancements",
 * "Stay abreast of recent ML and deep learning literature": the field names the news kept up
 * with, right before the news word, as "the latest advancements in X" does after it.
 */
function beforeNews(t: Tokens, c: Candidate): boolean {
  const next = t.lower[c.last + 1];
  return next !== undefined && NEWS_BEFORE.has(next) && followed(t, c.first - 1);
}

/** What a workplace is said to foster: "a work environment that emphasizes and fosters collaboration, creativity…". */
const FOSTERS = new Set('fosters emphasizes encourages values promotes'.split(' '));
const WORKPLACE = new Set('environment culture workplace'.split(' '));

function afterCultureOf(t: Tokens, first: number): boolean {
  let i = first - 1;
  for (let n = 0; n < REACH && i >= 1; n++, i--) {
    const w = t.lower[i]!;
    if (w === 'of') return t.lower[i - 1] === 'culture' || t.lower[i - 1] === 'cultures';
    if (FOSTERS.has(w)) return fostered(t, i);
    if (t.kind[i] === TokenKind.Newline || NOT_IN_ITEM.has(w)) return false;
    if (t.kind[i] !== TokenKind.Word && !isGlue(t, i) && w !== '-') return false;
  }
  return false;
}

/** Verbs that make the workplace the candidate's to build: "foster a … work environment that values knowledge sharing" asks for it. */
const BUILDS = new Set('foster create build cultivate promote drive'.split(' '));

/** The verb at i is what a workplace the candidate joins fosters: "Do you thrive in a work environment that [emphasizes and] fosters…". */
function fostered(t: Tokens, i: number): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    if (WORKPLACE.has(t.lower[k]!)) {
      for (let b = k - 1, m = 0; b >= 0 && m < 9; b--, m++) {
        if (t.kind[b] === TokenKind.Newline || SENTENCE_END.has(t.lower[b]!)) break;
        if (BUILDS.has(t.lower[b]!)) return false;
      }
      return true;
    }
    if (t.kind[k] === TokenKind.Newline) return false;
  }
  return false;
}
