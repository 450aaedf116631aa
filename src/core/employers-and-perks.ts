import { beforeOpenerAt } from './examples-openers';
import { beforeNames, capitalWord } from './name-lists';
import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Two ways a product's name names something other than an ask, both marked like a job's or a
 * team's name (`inRoleName`: listed as mentioned, never as missing):
 * - the places a candidate worked: "experience at a leading lab (e.g. at: Google Brain, Meta,
 *   Anthropic, Nvidia)", "previous experience at Databricks or Snowflake";
 * - what the job gives: "a flexible GPU budget", "$5k in AWS credits".
 */
export function markEmployersAndPerks(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) {
    if (c.inRoleName) continue;
    if (atAnEmployer(t, c.first) || givenAsPerk(t, c)) c.inRoleName = true;
  }
  return found;
}

/**
 * "good at SQL", "proficient at Python": "at" after these says how well, not where; "published at
 * NeurIPS", "talks at KubeCon": where the work was shown, which is the ask.
 */
const NOT_A_WORKPLACE_AFTER = new Set(
  [
    'good great excellent proficient skilled expert strong adept better best comfortable excel excels excelling experienced effective efficient fluent competent capable exceptional outstanding solid talented hands skill skills expertise proficiency',
    'published publish publishing publication publications paper papers presented present presenting presentations talk talks spoke speaking',
  ]
    .join(' ')
    .split(' '),
);


/** Kinds of places one works at, named before examples of them. */
const PLACES = new Set('labs companies firms startups organizations organisations institutions employers'.split(' '));
/** Words of the kind's phrase before it: "at top AI research labs". */
const KIND_REACH = 5;

/** How far back over a list of names ("Google Brain / Deepmind, Apple, Meta,") "at" may be. */
const LIST_REACH = 16;

/**
 * The mention is a name in a list of places after "at": "worked at OpenAI", "(e.g. at: Google
 * Brain / Deepmind, Apple, Meta, Anthropic)". Only capitalised names, the way employers are
 * written: "at scale", "at least" name none.
 */
function atAnEmployer(t: Tokens, first: number): boolean {
  if (!capitalWord(t, first)) return false;
  let i = beforeNames(t, first - 1, LIST_REACH);
  if (i >= 0 && (t.lower[i] === ':' || t.lower[i] === '(')) i--;
  // "at top AI labs (e.g., OpenAI, Anthropic)": the places' kind, then their names.
  const opener = i >= 0 && t.lower[i] !== 'at' ? beforeOpenerAt(t, i) : null;
  if (opener !== null) {
    i = opener;
    if (i >= 0 && t.lower[i] === '(') i--;
    if (i < 0 || !PLACES.has(t.lower[i]!)) return false;
    for (let n = 0; n < KIND_REACH && i >= 0 && t.kind[i] === TokenKind.Word && t.lower[i] !== 'at'; n++) i--;
  }
  if (i < 0 || t.lower[i] !== 'at') return false;
  const before = i > 0 ? t.lower[i - 1]! : '';
  return !NOT_A_WORKPLACE_AFTER.has(before);
}

/** Nouns for what an employer gives: a product's name right before one is the gift, not an ask. */
const PERKS = new Set('budget budgets credits allowance allowances stipend stipends quota quotas'.split(' '));
/** "managing cloud budgets", "own the AWS budget": the budget is the work. */
const KEEPS = new Set('manage manages managing own owns owning track tracking control controlling plan planning forecast forecasting optimize optimizing optimise optimising reduce reducing'.split(' '));

function givenAsPerk(t: Tokens, c: Candidate): boolean {
  const next = c.last + 1;
  if (next >= t.count || !PERKS.has(t.lower[next]!)) return false;
  for (let i = c.first - 1, n = 0; i >= 0 && n < 3 && t.kind[i] === TokenKind.Word; i--, n++) if (KEEPS.has(t.lower[i]!)) return false;
  return true;
}
