/**
 * The role profiles measured on postings they were not built from. `npm run eval` ranks the
 * postings the profiles were built from (build:roles takes each skill's share of a role's
 * postings), so its role figures are in-sample. Here the profiles are built twice, each time
 * from one half of the postings (scripts/roles/build.ts --fit-half), and rank the other half.
 *
 *   npx tsx scripts/eval/holdout-roles.ts [--data DIR]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createEngine } from '../../src/core/engine';
import { postingHalf } from '../roles/evidence';
import { profilesFrom, readLabelledPostings, scoreRoles, type RoleScores } from './roles';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'));
const { labelled } = readLabelledPostings(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl'));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const results: Array<{ n: number; r: RoleScores }> = [];
for (const fit of [0, 1] as const) {
  const engine = createEngine(BUNDLED_TAXONOMY, profilesFrom(fit, dir));
  const held = labelled.filter((p) => postingHalf(p.id) !== fit);
  const r = scoreRoles(engine, held, 0);
  results.push({ n: held.length, r });
  console.log(`profiles from half ${fit}, ranking the other ${held.length} postings:`);
  console.log(`  with title  top-1 ${pct(r.withTitle.top1)}  top-3 ${pct(r.withTitle.top3)}`);
  console.log(`  text only   top-1 ${pct(r.textOnly.top1)}  top-3 ${pct(r.textOnly.top3)}`);
  for (const c of r.confusion.filter((x) => !x.withTitle).slice(0, 6)) console.log(`    ${c.count} × ${c.label} → ${c.predicted} (text only)`);
}
const all = results.reduce((a, x) => a + x.n, 0);
const mean = (f: (r: RoleScores) => number) => results.reduce((a, x) => a + f(x.r) * x.n, 0) / all;
console.log(`both halves held out (${all} postings): with title top-1 ${pct(mean((r) => r.withTitle.top1))} top-3 ${pct(mean((r) => r.withTitle.top3))}, text only top-1 ${pct(mean((r) => r.textOnly.top1))} top-3 ${pct(mean((r) => r.textOnly.top3))}`);
