/**
 * Pay found in real US postings (`job_postings/*.jsonl`): how often `salary` is found where the
 * posting states a pay range, and how often what is reported is right.
 *
 * "States a pay range" and "right" come from a second, deliberately simpler reader written apart
 * from src/core/facts: every "$A - $B" / "$A to $B" pair (K suffix allowed, second "$" optional)
 * whose two figures are both hourly-sized (10–500) or both yearly-sized (15,000–1,500,000), with
 * a pay word (salary, pay, compensation, wage, rate) in the 300 characters before it. A reported
 * salary is right when its min and max equal one such pair of the posting (any of them: which
 * city's range to pick is a choice, not a fact). Reports on postings where that reader finds no
 * pair are listed for a person to judge, as are the misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { salaryFromText } from '../../src/core/facts/salary';
import type { Salary } from '../../src/core/facts/types';

interface Row {
  id: string;
  location?: string;
  description: string;
}

export interface SalaryScores {
  postings: number;
  /** Postings where the independent reader finds a pay range. */
  stated: number;
  found: number;
  reported: number;
  right: number;
  misses: Array<{ id: string; gold: string }>;
  wrong: Array<{ id: string; got: string; gold: string }>;
  /** Reported where the independent reader found no range: for a person to judge. */
  unconfirmed: Array<{ id: string; got: string; context: string }>;
}

const NUM = String.raw`(\d+(?:,\d{3})*(?:\.\d\d)?)(?![\d,]*\d)`;
const PAIR = new RegExp(String.raw`\$\s?${NUM}\s?([kK])?\s*(?:USD\s*)?(?:-{1,2}|–|—|to)\s*(?:USD)?\$?\s?${NUM}\s?([kK])?`, 'g');

function independentPairs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PAIR)) {
    const a = Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1);
    const b = Number(m[3]!.replace(/,/g, '')) * (m[4] ? 1000 : 1);
    const hourly = a >= 10 && b >= 10 && a <= 500 && b <= 500;
    const yearly = a >= 15_000 && b >= 15_000 && a <= 1_500_000 && b <= 1_500_000;
    if (!hourly && !yearly) continue;
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    if (!/salary|pay|compensation|wage|rate/i.test(before)) continue;
    out.push([a, b]);
  }
  return out;
}

const show = (s: Salary) => `${s.currency} ${s.min}–${s.max}/${s.period}`;

export function scoreSalaries(file: string): SalaryScores {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const s: SalaryScores = { postings: rows.length, stated: 0, found: 0, reported: 0, right: 0, misses: [], wrong: [], unconfirmed: [] };
  for (const row of rows) {
    const gold = independentPairs(row.description);
    const got = salaryFromText(row.description, row.location);
    const goldText = gold.map(([a, b]) => `${a}–${b}`).join(', ');
    if (got) s.reported++;
    if (gold.length > 0) {
      s.stated++;
      if (got) s.found++;
      else s.misses.push({ id: row.id, gold: goldText });
    }
    if (!got) continue;
    if (gold.some(([a, b]) => a === got.min && b === got.max)) s.right++;
    else if (gold.length > 0) s.wrong.push({ id: row.id, got: show(got), gold: goldText });
    else {
      const at = row.description.search(/[$£€]\s?\d|USD/);
      s.unconfirmed.push({ id: row.id, got: show(got), context: row.description.slice(Math.max(0, at - 80), at + 80) });
    }
  }
  return s;
}

export function printSalaries(s: SalaryScores, pct: (x: number) => string): void {
  console.log('== Salary on real US postings ==');
  console.log(`  ${s.postings} postings; ${s.stated} state a pay range (independent reader)`);
  console.log(`  found ${pct(s.found / Math.max(1, s.stated))} (${s.found}/${s.stated})`);
  const judged = s.right + s.wrong.length;
  console.log(`  right ${pct(s.right / Math.max(1, judged))} of those the reader can judge (${s.right}/${judged}); ${s.unconfirmed.length} more reported, listed to judge by hand`);
  for (const m of s.misses) console.log(`    MISS  ${m.id}: ${m.gold}`);
  for (const w of s.wrong) console.log(`    WRONG ${w.id}: got ${w.got}, ranges ${w.gold}`);
  for (const u of s.unconfirmed) console.log(`    JUDGE ${u.id}: got ${u.got} … ${u.context.replace(/\s+/g, ' ')}`);
}

/** The salary section of `npm run eval`: nothing printed when the postings file is absent. */
export function evalSalaries(dataDir: string, pct: (x: number) => string): void {
  const file = join(dataDir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
  if (!existsSync(file)) return;
  printSalaries(scoreSalaries(file), pct);
  console.log();
}
