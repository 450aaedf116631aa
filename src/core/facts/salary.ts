/**
 * Pay from a posting's text: "$145,000 - $250,000 annually", "$45- $60" an hour, "$200,800 to
 * $334,600", "USD 160K - 180K", "£50,000–£60,000", "€70k". A figure counts as pay only with
 * pay words before it ("salary", "pay range", "compensation") or a pay period after it
 * ("/hour", "per year"); funding, revenue, valuations and market sizes ("$1.2B", "$22M seed
 * round"), bonuses and stipends alone are not pay. Where several ranges are given (one per
 * state or city), the one for the posting's location wins, else the first.
 */
import { amountAt, findAmounts, type Amount } from './money';
import { placeMatcher } from './places';
import type { PayPeriod, Salary } from './types';

interface Candidate extends Salary {
  start: number;
  end: number;
  range: boolean;
}

const PERIOD_WORDS: Array<[RegExp, PayPeriod]> = [
  [/^(?:year|yr|annum|annually|annual|yearly|salaried)$/i, 'year'],
  [/^(?:month|mo|monthly)$/i, 'month'],
  [/^(?:week|wk|weekly)$/i, 'week'],
  [/^(?:day|daily)$/i, 'day'],
  [/^(?:hour|hr|hourly)$/i, 'hour'],
];

function periodOf(word: string | undefined): PayPeriod | null {
  if (!word) return null;
  for (const [re, period] of PERIOD_WORDS) if (re.test(word)) return period;
  return null;
}

/** "/year", " per hour", " an hour", " annually", " / Salaried" right after an amount. */
const PERIOD_AFTER = /\s*(?:(?:\/|per|an?|each)\s*(year|yr|annum|month|mo|week|wk|day|hour|hr|salaried)|(annually|yearly|monthly|weekly|daily|hourly))/iy;

function periodAfter(text: string, at: number): { period: PayPeriod; end: number } | null {
  PERIOD_AFTER.lastIndex = at;
  const m = PERIOD_AFTER.exec(text);
  const period = m ? periodOf(m[1] ?? m[2]) : null;
  const end = m ? m.index + m[0].length : 0;
  // The period word ends the word: "per year" yes, "per yearly" no; "per yearCalifornia" is the
  // next heading run into it, which a case-insensitive lookahead could not tell apart.
  return m && period && !/[a-z]/.test(text[end] ?? '') ? { period, end } : null;
}

/** Between the two figures of a range. */
const RANGE_SEP = /\s*(?:-{1,2}|–|—|~|to|and|\.?\s*max(?:imum)?\b[^$£€\d]{0,20})\s*/iy;
/** "ranges from $129,300/year in our lowest geographic market up to $223,600/year". */
const LONG_SEP = /[^$£€\d;]{0,70}?\bup to\s*/y;

const PAY_RE = /\b(?:salary|salaries|pay|paid|compensation|wage|wages|rate|earn|earnings|OTE|remuneration|base|stipend|range)\b|💵|💰/i;
/** Headings run into the previous word in text that lost its line breaks ("EngineerSalary: $…"). */
const GLUED_PAY = /(?<=[a-z)])(?:Salary|Pay|Compensation|Wages?|Rate|Base|Range|Stipend)\b/;
const PAY_WORDS = { test: (s: string) => PAY_RE.test(s) || GLUED_PAY.test(s) };
/** A single figure needs one of these, close before it. */
const STRONG_RE = /\b(?:salary|pay|compensation|wage|rate|OTE|remuneration)\b/i;
const STRONG_PAY = { test: (s: string) => STRONG_RE.test(s) || GLUED_PAY.test(s) };
/** Money that is not the job's pay, when no pay word says otherwise. */
const COMPANY_MONEY = /\b(?:raised?|raising|funding|funded|valuation|valued|revenue|ARR|invest(?:ed|ors|ment)?|seed|series [a-f]|customers|sales|assets|AUM|grant|saved|savings|spend|budget)\b/i;
/** A perk, not the pay: "$1,800 experience bonus", "sign-on bonus of $10,000", "$500 stipend". */
const PERK = /\b(?:bonus|sign[- ]on|signing|relocation|stipend|reimburse\w*|allowance|credit|referral|401\s?\(?k\)?|match|gift|per diem|equipment|wellness|learning|education)\b/i;

/** Plausible pay for the period: keeps "$5" and "$2,000,000,000" out. */
const BOUNDS: Record<PayPeriod, [number, number]> = {
  year: [10_000, 3_000_000],
  month: [800, 250_000],
  week: [200, 60_000],
  day: [40, 12_000],
  hour: [5, 1_500],
};
/** Hours in a working year, to put "$70.67/hour to $208,000/year" on one scale. */
const HOURS_A_YEAR = 2080;
/** How far before a range its place label may start. */
const LABEL_CHARS = 250;

function periodFromContext(before: string, max: number): PayPeriod | null {
  if (/\bhourly|per hour|an hour\b/i.test(before)) return 'hour';
  if (/\bmonthly|per month\b/i.test(before)) return 'month';
  if (/\bannual|annually|yearly|per year|salary\b/i.test(before)) return max < 1000 ? 'hour' : 'year';
  if (max >= 10_000) return 'year';
  if (max < 1000) return 'hour';
  return null;
}

function inBounds(period: PayPeriod, ...values: number[]): boolean {
  const [lo, hi] = BOUNDS[period];
  return values.every((v) => v >= lo && v <= hi);
}

/** The range or single figure starting with `a`, or null when it isn't pay. */
function candidateAt(text: string, a: Amount, next: Amount | undefined): Candidate | { skipTo: number } | null {
  if (a.large) return null;
  let end = a.end;
  const p1 = periodAfter(text, end);
  if (p1) end = p1.end;

  let b: Amount | null = null;
  let p2: { period: PayPeriod; end: number } | null = null;
  const before = text.slice(Math.max(0, a.start - 400), a.start);
  for (const sep of [RANGE_SEP, /from|between/i.test(before.slice(-25)) ? LONG_SEP : null]) {
    if (!sep) continue;
    sep.lastIndex = end;
    const m = sep.exec(text);
    if (!m) continue;
    const second = amountAt(text, m.index + m[0].length);
    // A bare number after "to" must look like money too: not "3 to 5 years".
    if (!second || second.large || (second.currency === null && second.value < 10 && a.value >= 10)) continue;
    if (next && second.start > next.start) continue;
    b = second;
    p2 = periodAfter(text, second.end);
    break;
  }
  const close = b ? (p2?.end ?? b.end) : end;
  const after = text.slice(close, close + 40);
  const currency = (b?.coded ? b.currency : null) ?? a.currency ?? 'USD';

  let min = a.value;
  const max = b ? b.value : a.value;
  let period = p1?.period ?? p2?.period ?? null;
  if (p1 && p2 && p1.period !== p2.period) {
    // "$70.67/hour to $208,000/year" (Meta): the hourly end in yearly money.
    if (p1.period === 'hour' && p2.period === 'year') min = Math.round(min * HOURS_A_YEAR);
    else return null;
    period = 'year';
  }
  period ??= periodFromContext(before.slice(-80), max);
  // A range that isn't pay leaves its second figure out too: "$9,600—$11,500" is not "$11,500".
  if (!period || min > max || !inBounds(period, min, max)) return b ? { skipTo: b.end } : null;

  const near = before.slice(-110);
  const payAfter = /^\W{0,3}(?:\+|plus)?\s*(?:base|salary|DOE|per|an?\s|(?:total )?compensation|OTE)/i.test(after);
  const payWord = PAY_WORDS.test(near) || payAfter || (b !== null && PAY_WORDS.test(after));
  const explicitPeriod = p1 !== null || p2 !== null;
  if (!b) {
    // One figure: only right after a pay word, and not a perk.
    if (!(STRONG_PAY.test(before.slice(-60)) || payAfter) || PERK.test(before.slice(-40)) || PERK.test(after.slice(0, 30))) return null;
  } else if (!payWord && !explicitPeriod && !(period === 'year' && PAY_WORDS.test(before))) {
    // A range of yearly-sized figures under a pay heading further up ("Pay range … I4 $137,100—$201,600").
    return null;
  }
  if (!payWord && (COMPANY_MONEY.test(before.slice(-60)) || COMPANY_MONEY.test(after))) return null;
  return { min, max, currency, period, start: a.start, end: close, range: b !== null };
}

export function salaryFromText(text: string, location?: string): Salary | null {
  const amounts = findAmounts(text);
  const found: Candidate[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    if (found.length > 0 && a.start < found[found.length - 1]!.end) continue;
    const c = candidateAt(text, a, amounts[i + 1]);
    if (c && 'skipTo' in c) {
      while (i + 1 < amounts.length && amounts[i + 1]!.start < c.skipTo) i++;
    } else if (c) found.push(c);
  }
  if (found.length === 0) return null;
  const ranges = found.filter((c) => c.range);
  const pool = ranges.length > 0 ? ranges : found;
  const place = placeMatcher(location);
  let chosen = pool[0]!;
  if (place && pool.length > 1) {
    // The label of each range sits between the previous range and this one ("Zone A (CA, WA, NYC):").
    const labelled = pool.find((c, i) => place.test(text.slice(Math.max(i > 0 ? pool[i - 1]!.end : 0, c.start - LABEL_CHARS), c.start)));
    if (labelled) chosen = labelled;
  }
  const { min, max, currency, period } = chosen;
  return { min, max, currency, period };
}
