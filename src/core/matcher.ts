import type { Taxonomy } from './schema';
import { applyEvidence } from './evidence';
import { scan, type Candidate } from './scan';
import { buildSkillIndex, type SkillIndex } from './skill-index';
import { tokenize, type Tokens } from './tokenize';
import type { Span } from './types';

export interface Mention {
  skillId: string;
  span: Span;
}

export interface Matcher {
  index: SkillIndex;
  /** Confirmed skill matches in a token stream, in text order. */
  match(tokens: Tokens): Candidate[];
  /** Every skill mention in a text, in order. */
  findMentions(text: string): Mention[];
}

export function createMatcher(taxonomy: Taxonomy): Matcher {
  const index = buildSkillIndex(taxonomy);
  const match = (tokens: Tokens) => applyEvidence(tokens, scan(tokens, index));
  return {
    index,
    match,
    findMentions(text) {
      return match(tokenize(text)).map((c) => ({
        skillId: c.skillId,
        span: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
      }));
    },
  };
}
