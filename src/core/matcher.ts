import type { Taxonomy } from './schema';
import { applyEvidence } from './evidence';
import { sharedHeads, sharedLeads } from './ellipsis';
import { JOB_TITLE_LIST, ROLE_WORD_LIST } from './lexicon/job-titles';
import { phrases } from './lexicon/lexicon';
import { beforeOpenerAt } from './examples-openers';
import { splitGluedWords } from './glued-words';
import { yieldTails } from './yield-tails';
import { verbObjectMentions } from './work-verbs';
import { ORG_UNITS } from './org-units';
import { markPlanHeads } from './plan-heads';
import { markEmployersAndPerks } from './employers-and-perks';
import { markColleagues } from './colleagues';
import { dropForeignInitials } from './initials';
import { dropPluralThings } from './plural-things';
import { markCultures } from './cultures';
import { beforeNames, capitalWord, gluedList, isGlue } from './name-lists';
import { scan, type Candidate } from './scan';
import { buildSkillIndex, type SkillIndex } from './skill-index';
import { tokenize, TokenKind, type Tokens } from './tokenize';
import type { Span } from './types';

export interface Mention {
  skillId: string;
  span: Span;
  /** Inside a job title ("Python Developer"). */
  inRoleName?: boolean;
}

export interface Matcher {
  index: SkillIndex;
  /** Confirmed skill matches in a token stream, in text order; words in `keepWhole` (lower-cased company names) are never read as glued ones. */
  match(tokens: Tokens, keepWhole?: ReadonlySet<string>): Candidate[];
  /** Every skill mention in a text, in order. */
  findMentions(text: string): Mention[];
}

/** Head nouns of job titles: a skill right before one is part of a role's name. */
const ROLE_NOUNS: ReadonlySet<string> = new Set([...phrases(JOB_TITLE_LIST).flatMap((w) => [w, `${w}s`]), ...phrases(ROLE_WORD_LIST)]);

/** Nouns of an organisation's units: "the research team", "our Security org" name a group, not an ask. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(ORG_UNITS);

const namesGroup = (t: Tokens, i: number) => i < t.count && t.kind[i] === TokenKind.Word && (ROLE_NOUNS.has(t.lower[i]!) || TEAM_NOUNS.has(t.lower[i]!));

/**
 * Marks the skills that name a job ("Java Developer") or a team ("the research team", "their
 * Data Science team", "the Product Development group"): neither is an ask. What the job works on
 * is said elsewhere in the posting, in the words that ask for it. A list of them shares its
 * noun: "analytics, machine learning, and product teams", "Backend & Frontend Engineers".
 */
function markRoleNames(t: Tokens, found: Candidate[]): Candidate[] {
  for (let k = 0; k < found.length; k++) {
    const c = found[k]!;
    if (afterTeamsSuchAs(t, c.first)) {
      // "teams such as Perception, Motion Planning, Simulation": the list names teams, not asks.
      c.inRoleName = true;
      for (let j = k + 1; j < found.length && gluedList(t, found[j - 1]!.last, found[j]!.first); j++) found[j]!.inRoleName = true;
      continue;
    }
    if (!listEndsInGroup(t, c.last + 1, found[k + 1]?.first ?? -1) && !inTitledTeamName(t, c)) continue;
    // "You are a deep learning researcher": the candidate is described, and so asked.
    if (describesTheCandidate(t, c.first)) continue;
    c.inRoleName = true;
    // The skills listed before it name groups too.
    for (let j = k - 1; j >= 0; j--) {
      const gap = found[j + 1]!.first - found[j]!.last - 1;
      let glued = gap >= 1 && gap <= 2;
      for (let i = found[j]!.last + 1; glued && i < found[j + 1]!.first; i++) glued = isGlue(t, i);
      if (!glued) break;
      found[j]!.inRoleName = true;
    }
  }
  return found;
}

/** Words that end a list's item: the list goes on into a clause ("…, and partner with data teams"). */
const NOT_IN_ITEM = new Set('with to for in on of at by from into within across the a an our your their its including such like'.split(' '));
/** The nouns a longer list of units ends in ("functions" ends "Lambda, Step Functions" too). */
const LIST_OF_UNITS_END = new Set('teams groups departments orgs organizations organisations'.split(' '));
/** Items of a list of teams after the mention's, and words in each. */
const MAX_ITEMS = 8;
const MAX_ITEM_WORDS = 2;

/**
 * A list that runs from the token at `n` into a group's noun: "product teams", "…, and product
 * teams", "…, product management, customer operations, and field teams".
 */
function listEndsInGroup(t: Tokens, n: number, nextMention: number): boolean {
  // "…in Python and SQLExpert level knowledge…": a role's noun glued to the name, its line break
  // lost, opens the next item ("Expert level"); the name is no part of a job's title.
  if (namesGroup(t, n)) return t.start[n]! > t.end[n - 1]! || t.kind[n - 1] !== TokenKind.Word;
  // ", and product teams": glue, one word, the noun. Not when that word starts the next mention
  // ("Lambda, Step Functions", "a mentor, tech lead"): that one is judged on its own.
  let m = n;
  while (m < t.count && isGlue(t, m)) m++;
  if (m !== nextMention && m > n && m < t.count && t.kind[m] === TokenKind.Word && namesGroup(t, m + 1)) return true;
  // "our Business Intelligence IT team": a capitalised name, then an acronym of the unit's own.
  if (n !== nextMention && unitAcronym(t, n) && capitalWord(t, n - 1) && namesGroup(t, n + 1)) return true;
  // Longer lists end in a plural of units only: "…, customer operations, and field teams".
  for (let items = 0; items < MAX_ITEMS; items++) {
    const glueAt = n;
    while (n < t.count && isGlue(t, n)) n++;
    if (n === glueAt) return false;
    let words = 0;
    while (words < MAX_ITEM_WORDS && n < t.count && t.kind[n] === TokenKind.Word && !isGlue(t, n) && !NOT_IN_ITEM.has(t.lower[n]!)) {
      if (words > 0 && LIST_OF_UNITS_END.has(t.lower[n]!)) return true;
      n++;
      words++;
      // "Go-to-Market": one word of the item.
      while (n + 1 < t.count && t.lower[n] === '-' && t.kind[n + 1] === TokenKind.Word) n += 2;
    }
    if (words === 0) return false;
    if (LIST_OF_UNITS_END.has(t.lower[n]!)) return true;
  }
  return false;
}

/** Capitalised words of a team's name that may stand between a skill in it and its unit noun. */
const TEAM_NAME_REACH = 2;

/**
 * "Cisco's AI Defense ML Team", "the Document Cloud AI & Innovation team", "the Cloud Service
 * Infrastructure team": a capitalised skill inside a team's title-cased name, its unit noun one or
 * two capitalised words on, names the team as the one next to the noun does. Not "Team player" (a
 * glued item), nor a longer run of capitals ("e.g. Finance Research & Development People &
 * Organisation": a list of areas whose commas were lost).
 */
function inTitledTeamName(t: Tokens, c: Candidate): boolean {
  if (!capitalWord(t, c.first)) return false;
  let i = c.last + 1;
  for (let words = 0; i < t.count; ) {
    // "&" (or its scraped "&amp;") joins the name's words: "Cloud AI &amp; Innovation team".
    if (t.lower[i] === '&') {
      i += t.lower[i + 1] === 'amp' && t.lower[i + 2] === ';' ? 3 : 1;
      continue;
    }
    if (t.kind[i] !== TokenKind.Word || t.start[i] === t.end[i - 1]) return false;
    // The unit's noun, in either case: "Innovation team", "ML Team".
    // Not "functions" ("…with Redux Develop functions…": a glued item's verb and its object).
    if (TEAM_NOUNS.has(t.lower[i]!)) return words > 0 && !t.lower[i]!.startsWith('function') && t.lower[i + 1] !== 'player' && t.lower[i + 1] !== 'players';
    // Else a word of the name: capitalised, written apart from the one before it.
    if (!capitalWord(t, i)) return false;
    if (++words > TEAM_NAME_REACH) return false;
    i++;
    // "E-commerce": one word of the name.
    while (i + 1 < t.count && t.lower[i] === '-' && t.start[i] === t.end[i - 1] && t.kind[i + 1] === TokenKind.Word) i += 2;
  }
  return false;
}

/** A word in two to four capitals ("IT", "GTM"), written apart from the word before it. */
const unitAcronym = (t: Tokens, i: number) => i < t.count && t.kind[i] === TokenKind.Word && /^[A-Z]{2,4}$/.test(t.text.slice(t.start[i], t.end[i])) && t.start[i]! > t.end[i - 1]!;

/** At most two describing words ("passionate", "mid-level") between "you are a" and a role's name. */
const DESCRIBED_REACH = 2;

/** "You are a deep learning researcher", "you're an innovative machine learning engineer": what the candidate must be. */
function describesTheCandidate(t: Tokens, first: number): boolean {
  let i = first - 1;
  for (let n = 0; n < DESCRIBED_REACH && i >= 0 && t.kind[i] === TokenKind.Word && t.lower[i] !== 'a' && t.lower[i] !== 'an'; n++) i--;
  while (i >= 0 && t.lower[i] === '-') i -= 2;
  if (i < 2 || (t.lower[i] !== 'a' && t.lower[i] !== 'an')) return false;
  const be = t.lower[i - 1]!;
  // "you're": the tokenizer keeps "re" apart after the apostrophe.
  const you = be === 'are' && t.lower[i - 2] === 'you' ? i - 2 : be === 're' && i >= 3 && t.lower[i - 3] === 'you' ? i - 3 : -1;
  // "If you're a backend developer, you'll…" names one of the jobs, it asks nothing.
  return you >= 0 && !(you > 0 && (t.lower[you - 1] === 'if' || t.lower[you - 1] === 'whether'));
}

/** "…with teams such as Perception", "groups (Search, Ads", "teams like Ads": a list of a unit's names opens here. */
function afterTeamsSuchAs(t: Tokens, first: number): boolean {
  // Back over the list's earlier names, skills or not: "such as Perception, Motion Planning".
  let i = beforeNames(t, first - 1, 12);
  if (i >= 0 && (t.lower[i] === '(' || t.lower[i] === ':')) i--;
  else {
    const before = beforeOpenerAt(t, i);
    if (before === null) return false;
    i = before;
  }
  if (i >= 0 && t.lower[i] === ',') i--;
  // Plural only: "the research team (Python)" names one team and then asks.
  // "loss functions such as…" name kinds of maths, not a company's units.
  return i >= 0 && t.kind[i] === TokenKind.Word && t.lower[i]!.endsWith('s') && t.lower[i] !== 'functions' && TEAM_NOUNS.has(t.lower[i]!);
}

/** Web and mail addresses: "https://jobs.example.com/python" names no skill (nor "https //…", as scraped text writes it). */
const URL_RE = /(?:https?:?\s?\/\/|www\.)[^\s<>"')\]]+/gi;
const NOT_IN_ADDRESS = /[\s<>"'(),;:[\]]/;
const MAX_ADDRESS = 254;

function addressRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (text.includes('http') || text.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  }
  // Mail addresses: grown outwards from each "@", at most an address's length (254) each way,
  // and never from an "@" inside the address just found: the scan stays linear on "@@@…".
  let covered = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < covered) continue;
    let s = at;
    while (s > 0 && at - s < MAX_ADDRESS && s > covered && !NOT_IN_ADDRESS.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < MAX_ADDRESS && !NOT_IN_ADDRESS.test(text[e]!)) e++;
    if (s < at && text.slice(at + 1, e).includes('.')) ranges.push([s, e]);
    covered = e;
  }
  return ranges;
}

function outsideAddresses(text: string, found: Candidate[]): Candidate[] {
  const ranges = addressRanges(text);
  if (ranges.length === 0) return found;
  return found.filter((c) => !ranges.some(([s, e]) => c.start < e && c.end > s));
}

export function createMatcher(taxonomy: Taxonomy): Matcher {
  return matcherOver(buildSkillIndex(taxonomy));
}

/** A matcher over an index already built (or unpacked from the packed data: packed.ts). */
export function matcherOver(index: SkillIndex): Matcher {
  const nested = (a: string, b: string) => index.skills.get(a)?.parent === b || index.skills.get(b)?.parent === a;
  const match = (written: Tokens, keepWhole?: ReadonlySet<string>) => {
    // Candidates carry text offsets; their token indices are this stream's, read only in here.
    const tokens = splitGluedWords(written, index.trie, keepWhole);
    const named = markCultures(tokens, markEmployersAndPerks(tokens, markRoleNames(tokens, outsideAddresses(tokens.text, dropPluralThings(tokens, dropForeignInitials(tokens, applyEvidence(tokens, verbObjectMentions(tokens, sharedLeads(tokens, sharedHeads(tokens, yieldTails(tokens, scan(tokens, index), index), index), index), index), nested), index), index)))));
    return markColleagues(tokens, markPlanHeads(tokens, named, index));
  };
  return {
    index,
    match,
    findMentions(text) {
      return match(tokenize(text)).map((c) => ({
        skillId: c.skillId,
        span: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
        ...(c.inRoleName ? { inRoleName: true } : {}),
      }));
    },
  };
}
