/** Facts in words, for the popup, the history page and the command line (plain text, never HTML). */
import type { PayPeriod, PostingFacts, Salary } from './types';

const SYMBOL: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', CAD: 'CA$', AUD: 'A$', INR: '₹' };
const PER: Record<PayPeriod, string> = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

/**
 * `value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })`,
 * written out for the amounts postings state: the first toLocaleString in a page builds ICU's
 * number formatter, 15–33 ms of the popup's CPU in Chromium. As V8 does, the number's shortest
 * decimal form is rounded half away from zero ("1.005" → "1.01"); a negative number or one written
 * with an exponent goes to toLocaleString itself.
 */
export function amountInEnglish(value: number, digits: 0 | 2): string {
  const shortest = String(value);
  if (!(value >= 0) || Object.is(value, -0) || shortest.includes('e')) return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const dot = shortest.indexOf('.');
  const whole = dot < 0 ? shortest : shortest.slice(0, dot);
  const fraction = dot < 0 ? '' : shortest.slice(dot + 1);
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 53) {
    // One more unit in the last kept place, carried leftwards ("999.995" → "100000").
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    kept = (i < 0 ? '1' : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1)) + '0'.repeat(kept.length - 1 - i);
  }
  const int = kept.slice(0, kept.length - digits);
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  return digits > 0 ? `${grouped}.${kept.slice(kept.length - digits)}` : grouped;
}

function money(value: number, currency: string): string {
  const digits = value < 1000 && !Number.isInteger(value) ? 2 : 0;
  const n = amountInEnglish(value, digits);
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
