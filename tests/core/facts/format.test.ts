import { describe, expect, test } from 'vitest';
import { amountInEnglish, formatSalary } from '../../../src/core/facts/format';
import { salaryFromText } from '../../../src/core/facts/salary';
import { HAS_REAL_POSTINGS, realPostings } from '../helpers';

const viaIcu = (value: number, digits: 0 | 2) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe('amounts written without ICU (facts/format.ts)', () => {
  test('as toLocaleString writes them: grouping, two decimals, rounding of the shortest decimal form half up', () => {
    const cases: Array<[number, 0 | 2, string]> = [
      [145000, 0, '145,000'],
      [1234567.891, 0, '1,234,568'],
      [45, 0, '45'],
      [22.5, 2, '22.50'],
      [1.005, 2, '1.01'],
      [999.995, 2, '1,000.00'],
      [0.125, 2, '0.13'],
      [145000.5, 0, '145,001'],
      [0.1 + 0.2, 2, '0.30'],
    ];
    for (const [value, digits, written] of cases) {
      expect(amountInEnglish(value, digits), `${value}`).toBe(written);
      expect(viaIcu(value, digits), `${value}`).toBe(written);
    }
  });

  test('matches toLocaleString over hourly rates, salaries and the odd values (-0, exponents)', () => {
    const values = [0, -0, 0.005, 0.015, 9.995, 99999.5, 1e20, 1e21, 5e-7, -12.5];
    for (let cents = 0; cents < 100000; cents += 7) values.push(cents / 100);
    for (let dollars = 0; dollars < 2_000_000; dollars += 997) values.push(dollars, dollars + 0.5);
    const differ = values.flatMap((v) => ([0, 2] as const).filter((d) => amountInEnglish(v, d) !== viaIcu(v, d)).map((d) => `${v} (${d})`));
    expect(differ).toEqual([]);
  });

  test.runIf(HAS_REAL_POSTINGS)('the real postings\' pay reads as toLocaleString wrote it', () => {
    let seen = 0;
    for (const p of realPostings()) {
      const s = salaryFromText(p.description);
      if (!s) continue;
      seen++;
      const sym = { USD: '$', GBP: '£', EUR: '€', CAD: 'CA$', AUD: 'A$', INR: '₹' }[s.currency];
      const money = (v: number) => {
        const n = viaIcu(v, v < 1000 && !Number.isInteger(v) ? 2 : 0);
        return sym ? `${sym}${n}` : `${n} ${s.currency}`;
      };
      expect(formatSalary(s).startsWith(s.min === s.max ? money(s.min) : `${money(s.min)}–${money(s.max)}`)).toBe(true);
    }
    expect(seen).toBeGreaterThan(50);
  });
});
