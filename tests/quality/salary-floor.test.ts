import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scoreSalaries } from '../../scripts/eval/salary';
import { SHARED_DATA } from '../core/helpers';

/** The bar for pay on real US postings that state a range (see scripts/eval/salary.ts). */
const POSTINGS = join(SHARED_DATA, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');

test.skipIf(!existsSync(POSTINGS))('salary: found on ≥ 95 % of postings stating a range, right on ≥ 98 % of those reported', () => {
  const s = scoreSalaries(POSTINGS);
  expect(s.stated).toBeGreaterThan(150);
  expect(s.found / s.stated).toBeGreaterThanOrEqual(0.95);
  expect(s.right / (s.right + s.wrong.length)).toBeGreaterThanOrEqual(0.98);
});
