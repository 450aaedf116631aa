import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const SHARED_DATA = resolve(ROOT, '../shared/data');

export function sample(name: string): string {
  return readFileSync(join(ROOT, 'data/samples', name), 'utf8');
}

export interface RealPosting {
  id: string;
  title: string;
  seniority: string;
  company: string;
  description: string;
}

const POSTINGS_FILE = join(SHARED_DATA, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
export const HAS_REAL_POSTINGS = existsSync(POSTINGS_FILE);

export function realPostings(): RealPosting[] {
  return readFileSync(POSTINGS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RealPosting);
}
