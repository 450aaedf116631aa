import type { Candidate } from './scan';
import { startsLower, TokenKind, type Tokens } from './tokenize';

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

/** A degree word ("the most agile") or a form of "be" ("Be agile") before it. */
const DEGREE_OR_BE_BEFORE = new Set('most more very highly extremely incredibly truly super be is are remain stay'.split(' '));
/** A company's noun after it ("an agile startup"), or "of" ("the most agile of environments"). */
const COMPANY_AFTER = new Set('company companies startup startups organization organisation organizations organisations business businesses firm of'.split(' '));
/** The method's own nouns after it: "agile development", "agile practices". */
const METHOD_AFTER = new Set('development developer software methodology methodologies method methods practice practices principles principle process processes ceremonies framework frameworks delivery project projects scrum coach sprints sprint'.split(' '));
/** Describing words by their form ("dynamic", "innovative", "fast-paced", "collaborative") and a few short ones. */
const DESCRIBING_END = /(?:ic|ive|ful|ous|ent|ant|ed|al|ble|ing)$/;
const SHORT_DESCRIBING = new Set('young small fast flat lean nimble new'.split(' '));

/**
 * "agile" as English: nimble, said of a company or a workplace. "This young and agile company",
 * "a dynamic and agile environment", "a fast-paced, agile environment", "the most agile of
 * environments", "Be agile": a degree word or "be" before it, another describing word joined to
 * it, or a company's noun after it. "Agile development practices", "Scrum and agile",
 * "experience in an agile environment" keep the method.
 */
export function nimbleNotMethod(t: Tokens, c: Candidate): boolean {
  if (t.lower[c.first] !== 'agile') return false;
  const n = c.first + 1;
  const next = n < t.count && t.kind[n] === TokenKind.Word ? t.lower[n]! : '';
  if (METHOD_AFTER.has(next)) return false;
  if (c.first === c.last && COMPANY_AFTER.has(next)) return true;
  const p = c.first - 1;
  if (p < 0 || t.kind[p] === TokenKind.Newline) return false;
  const before = t.lower[p]!;
  if (DEGREE_OR_BE_BEFORE.has(before)) return true;
  if (before !== 'and' && before !== ',') return false;
  const d = p - 1;
  if (d < 0 || t.kind[d] !== TokenKind.Word) return false;
  const w = t.lower[d]!;
  return SHORT_DESCRIBING.has(w) || (w.length > 4 && DESCRIBING_END.test(w) && startsLower(t, d));
}
