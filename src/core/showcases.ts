import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Where a candidate shows work, named beside the platform: "viewable through open source channels
 * (arXiv, GitHub, etc.)", "such as GitHub repositories, StackOverflow contributions, or other
 * project portfolios". The platform there is where to look, as in "a robust GitHub portfolio"
 * (PLAN_HEADS in plan-heads.ts), not a tool asked for.
 */
const SHOWCASES = new Set(['arxiv', 'stackoverflow', 'scholar', 'linkedin']);
/** How far (tokens, same sentence) a showcase may stand from the platform. */
const SHOWCASE_REACH = 4;

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** A showcase stands within reach of the candidate, in its sentence, before or after it. */
export function besideShowcase(t: Tokens, c: Candidate): boolean {
  return showcaseFrom(t, c.first - 1, -1) || showcaseFrom(t, c.last + 1, 1);
}

/** A showcase among the SHOWCASE_REACH tokens from `from` on in the direction `step`, before the sentence ends. */
function showcaseFrom(t: Tokens, from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; i >= 0 && i < t.count && n < SHOWCASE_REACH; i += step, n++) {
    if (t.kind[i] === TokenKind.Newline || SENTENCE_END.has(t.lower[i]!)) return false;
    if (SHOWCASES.has(t.lower[i]!)) return true;
  }
  return false;
}
