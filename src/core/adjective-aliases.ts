import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Aliases that are adjectives, with the nouns after which they still name their skill. "Strong
 * analytical and problem-solving skills", "an analytical, data-driven mindset", "detail-oriented
 * and analytical." describe the candidate; "analytical techniques", "analytical dashboards",
 * "analytical results", "the analytical landscape" describe the work, and ask no soft skill.
 */
const DESCRIBES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['analytical', new Set('skills skill skillset thinking thinker thinkers mindset mind minds ability abilities aptitude foundation approach rigor rigour acumen'.split(' '))],
]);
/** Words after the adjective that go on describing the candidate: "analytical and curious", "analytical in a strategic context". */
const GOES_ON = new Set('and or with in to when about as by but yet while'.split(' '));

/** The candidate is an adjective alias followed by a noun it doesn't name its skill before. */
export function describesTheWork(t: Tokens, c: Candidate): boolean {
  if (c.first !== c.last) return false;
  const nouns = DESCRIBES.get(t.lower[c.first]!);
  if (!nouns) return false;
  const n = c.last + 1;
  if (n >= t.count || t.kind[n] !== TokenKind.Word) return false;
  const next = t.lower[n]!;
  if (nouns.has(next) || GOES_ON.has(next)) return false;
  // "a detail-oriented and analytical Data & ML Engineer": the job's title follows, capitalised.
  return !(startsUpper(t, n) && !startsUpper(t, c.first));
}

function startsUpper(t: Tokens, k: number): boolean {
  const c = t.text.charCodeAt(t.start[k]!);
  return c >= 65 && c <= 90;
}
