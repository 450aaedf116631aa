import type { Taxonomy } from './schema';
import { applyEvidence } from './evidence';
import { JOB_TITLE_LIST, ROLE_WORD_LIST } from './lexicon/job-titles';
import { phrases } from './lexicon/lexicon';
import { ORG_UNITS } from './org-units';
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
  /** Confirmed skill matches in a token stream, in text order. */
  match(tokens: Tokens): Candidate[];
  /** Every skill mention in a text, in order. */
  findMentions(text: string): Mention[];
}

/** Head nouns of job titles: a skill right before one is part of a role's name. */
const ROLE_NOUNS: ReadonlySet<string> = new Set([...phrases(JOB_TITLE_LIST).flatMap((w) => [w, `${w}s`]), ...phrases(ROLE_WORD_LIST)]);

/** Nouns of an organisation's units: "the research team", "our Security org" name a group, not an ask. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(ORG_UNITS);

/**
 * Marks the skills that name a job ("Java Developer") or a team ("the research team", "their
 * Data Science team", "the Product Development group"): neither is an ask. What the job works on
 * is said elsewhere in the posting, in the words that ask for it.
 */
function markRoleNames(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) {
    const n = c.last + 1;
    if (n >= t.count || t.kind[n] !== TokenKind.Word) continue;
    const next = t.lower[n]!;
    if (ROLE_NOUNS.has(next) || TEAM_NOUNS.has(next)) c.inRoleName = true;
  }
  return found;
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
  const match = (tokens: Tokens) => markRoleNames(tokens, outsideAddresses(tokens.text, applyEvidence(tokens, scan(tokens, index))));
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
