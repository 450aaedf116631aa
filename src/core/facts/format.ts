/** Facts in words, for the popup, the history page and the command line (plain text, never HTML). */
import type { PayPeriod, PostingFacts, Salary } from './types';

const SYMBOL: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', CAD: 'CA$', AUD: 'A$', INR: '₹' };
const PER: Record<PayPeriod, string> = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

function money(value: number, currency: string): string {
  const digits = value < 1000 && !Number.isInteger(value) ? 2 : 0;
  const n = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${n}` : `${n} ${currency}`;
}

/** "$145,000–$250,000 a year", "$45 an hour". */
export function formatSalary(s: Salary): string {
  const range = s.min === s.max ? money(s.min, s.currency) : `${money(s.min, s.currency)}–${money(s.max, s.currency)}`;
  return `${range} ${PER[s.period]}`;
}

const REMOTE_WORDS = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;
const EMPLOYMENT_WORDS = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
} as const;

/** The stated facts in reading order: pay, remote, employment, place. */
export function formatFacts(f: Partial<PostingFacts>): string[] {
  const out: string[] = [];
  if (f.salary) out.push(formatSalary(f.salary));
  if (f.remote) out.push(REMOTE_WORDS[f.remote]);
  if (f.employmentType) out.push(EMPLOYMENT_WORDS[f.employmentType]);
  // "Remote; San Francisco" already said Remote.
  if (f.location) out.push(f.remote === 'remote' ? f.location.replace(/^Remote;\s*/i, '') : f.location);
  return out.filter((s) => s !== '');
}
