import type { Taxonomy } from './schema';
import { applyEvidence } from './evidence';
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
const ROLE_NOUNS = new Set(
  'developer developers engineer engineers architect architects consultant consultants specialist specialists administrator administrators admin analyst analysts tester testers programmer programmers designer designers scientist scientists researcher researchers expert experts lead intern interns manager ninja guru position role'.split(' '),
);

function markRoleNames(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) {
    const n = c.last + 1;
    if (n < t.count && ROLE_NOUNS.has(t.lower[n]!) && t.kind[n] === TokenKind.Word) c.inRoleName = true;
  }
  return found;
}

/** Web and mail addresses: "https://jobs.example.com/python" names no skill. */
const ADDRESS_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;

function outsideAddresses(text: string, found: Candidate[]): Candidate[] {
  if (!/https?:|www\.|@/i.test(text)) return found;
  const ranges: Array<[number, number]> = [];
  ADDRESS_RE.lastIndex = 0;
  for (let m = ADDRESS_RE.exec(text); m; m = ADDRESS_RE.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  if (ranges.length === 0) return found;
  return found.filter((c) => !ranges.some(([s, e]) => c.start < e && c.end > s));
}

export function createMatcher(taxonomy: Taxonomy): Matcher {
  const index = buildSkillIndex(taxonomy);
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
