/**
 * The role-ranking tuning loop: computes every role's evidence once per posting, then searches
 * the weights on one half of the labelled postings (by id) and reports the other half, so the
 * figures printed for the held-out half are not the ones the search fitted.
 *
 *   npx tsx scripts/eval/tune-roles.ts [--data DIR] [--held-out]
 *
 * By default the evidence comes from the bundled profiles, which were built from every posting,
 * the held-out half included: its skill scores are in-sample, so the search trusts the skills
 * more than it should. With --held-out each posting is ranked with profiles built from the other
 * half only (as holdout-roles.ts does), so neither the profiles nor the weights have seen it.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { indexDuties } from '../../src/core/duties';
import { createMatcher } from '../../src/core/matcher';
import { collectSkills } from '../../src/core/extract';
import { prepareRoles, RANK_WEIGHTS, roleEvidence, weighEvidence, type RoleEvidence } from '../../src/core/rank-roles';
import { findDegree, findSeniority, findYears } from '../../src/core/requirements';
import { analyzeStructure } from '../../src/core/sections';
import { tokenize } from '../../src/core/tokenize';
import { indexRoleNames } from '../../src/core/role-name-index';
import { countRoleNames } from '../../src/core/role-names';
import type { Role } from '../../src/core/schema';
import { postingHalf } from '../roles/evidence';
import { profilesFrom, readLabelledPostings } from './roles';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'));
const heldOut = process.argv.includes('--held-out');
const matcher = createMatcher(BUNDLED_TAXONOMY);
const { labelled } = readLabelledPostings(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl'));

interface Case {
  label: string;
  half: 0 | 1;
  withTitle: RoleEvidence[];
  textOnly: RoleEvidence[];
}

interface Ranker {
  models: ReturnType<typeof prepareRoles>;
  roleNames: ReturnType<typeof indexRoleNames>;
}
const rankerOf = (roles: readonly Role[]): Ranker => ({ models: prepareRoles(roles), roleNames: indexRoleNames(roles) });

function evidence({ models, roleNames }: Ranker, text: string, title: string | null): RoleEvidence[] {
  const structure = analyzeStructure(text);
  const claims = findYears(text, structure.sentences);
  const tokens = tokenize(text);
  const skills = collectSkills(tokens, matcher, structure, claims);
  const minYears = claims.length ? Math.max(...claims.map((c) => c.min)) : null;
  const degree = findDegree(text, structure.sentences);
  const seniority = findSeniority(title, text, minYears);
  const named = countRoleNames(tokens, roleNames, models.length);
  return roleEvidence(models, { skills, named, duties: indexDuties(tokens, structure.sentences), text, title, seniority, degree }, matcher.index);
}

const bundled = rankerOf(BUNDLED_ROLE_PROFILES);
/** With --held-out, the ranker whose profiles were built from half h ranks the postings of the other half. */
const fromHalf = heldOut ? ([0, 1] as const).map((h) => rankerOf(profilesFrom(h, dir))) : [];
const cases: Case[] = labelled.map((p) => {
  const half = postingHalf(p.id);
  const ranker = heldOut ? fromHalf[1 - half]! : bundled;
  return { label: p.label, half, withTitle: evidence(ranker, p.description, p.title), textOnly: evidence(ranker, p.description, null) };
});
console.log(heldOut ? 'evidence from profiles built from the other half of the postings' : 'evidence from the bundled profiles (built from every posting)');

type Weights = typeof RANK_WEIGHTS;
function accuracy(weights: Weights, half: 0 | 1, mode: 'withTitle' | 'textOnly'): { top1: number; top3: number } {
  let t1 = 0;
  let t3 = 0;
  let n = 0;
  for (const c of cases) {
    if (c.half !== half) continue;
    n++;
    const ranked = c[mode]
      .map((e) => ({ id: e.model.role.id, s: weighEvidence(e, mode === 'withTitle', weights) }))
      .sort((a, b) => b.s - a.s)
      .map((x) => x.id);
    if (ranked[0] === c.label) t1++;
    if (ranked.slice(0, 3).includes(c.label)) t3++;
  }
  return { top1: t1 / n, top3: t3 / n };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const mode of ['textOnly', 'withTitle'] as const) {
  let best = { w: RANK_WEIGHTS, score: -1 };
  const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6];
  for (const skills of grid.filter((x) => x >= 0.2))
    for (const duties of grid)
      for (const title of mode === 'withTitle' ? grid : [0])
        for (const named of [0, 0.1, 0.2, 0.3, 0.4])
        for (const kind of mode === 'textOnly' ? [0, 0.05, 0.1] : [0])
        for (const seniority of [0, 0.05, 0.1])
          for (const degree of [0, 0.05, 0.1]) {
            const sum = skills + duties + title + named + kind + seniority + degree;
            const w = { ...RANK_WEIGHTS, [mode]: { skills: skills / sum, duties: duties / sum, title: title / sum, named: named / sum, kind: kind / sum, seniority: seniority / sum, degree: degree / sum } };
            const a = accuracy(w, 0, mode);
            const score = a.top1 + 0.5 * a.top3;
            if (score > best.score) best = { w, score };
          }
  const current = { fit: accuracy(RANK_WEIGHTS, 0, mode), held: accuracy(RANK_WEIGHTS, 1, mode) };
  const tuned = { fit: accuracy(best.w, 0, mode), held: accuracy(best.w, 1, mode) };
  const fmt = (x: { top1: number; top3: number }) => `top-1 ${pct(x.top1)} top-3 ${pct(x.top3)}`;
  console.log(`${mode}: current weights ${JSON.stringify(RANK_WEIGHTS[mode])}`);
  console.log(`  fit half ${fmt(current.fit)} | held-out half ${fmt(current.held)}`);
  console.log(`  best on fit half ${JSON.stringify(Object.fromEntries(Object.entries(best.w[mode]).map(([k, v]) => [k, Math.round(v * 1000) / 1000])))}`);
  console.log(`  fit half ${fmt(tuned.fit)} | held-out half ${fmt(tuned.held)}`);
}
