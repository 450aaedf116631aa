/**
 * The role build's weight formula (scripts/roles/weights.ts) on evidence as the build gathers it
 * for the lead ML engineer: its 8 postings in ml_jobs_us_2024_2025 (how many mention each
 * skill), the share of the 333 ML engineer postings (its family role) that mention it, and the
 * founding article's seeds.
 */
import { describe, expect, it } from 'vitest';
import { combine, KEY_SEED_PRIOR, SEED_PRIOR, seedScaleOf, type SkillEvidence } from '../../scripts/roles/weights';

const ev = (id: string, postings: number, family: number, seedPrior = 0, onet = 0): SkillEvidence => ({ id, postings, family, seedPrior, onet });

/** Counts of the real lead postings: all 8 say machine learning, half mentoring, none Excel. */
const LEAD: SkillEvidence[] = [
  ev('machine-learning', 8, 1.0, SEED_PRIOR),
  ev('python', 5, 0.73, KEY_SEED_PRIOR, 1),
  ev('mentoring', 4, 0.18, SEED_PRIOR),
  ev('aws', 3, 0.25, KEY_SEED_PRIOR, 1),
  ev('azure', 2, 0.13, KEY_SEED_PRIOR, 1),
  ev('java', 1, 0.16, KEY_SEED_PRIOR, 1),
  ev('google-cloud', 2, 0.16, KEY_SEED_PRIOR),
  ev('version-control', 0, 0.09, KEY_SEED_PRIOR),
  ev('excel', 0, 0.01, 0, 1),
];
const N = 8;

const weights = (skills: ReturnType<typeof combine>) => new Map(skills.map((s) => [s.id, s.weight]));

describe('seed priors of a role with a family role', () => {
  it('let what the role’s postings say outrank the curated tools they rarely ask for', () => {
    const w = weights(combine(LEAD, N, seedScaleOf(true, N)));
    // Said by half the lead postings, it outweighs a cloud two of eight name.
    expect(w.get('mentoring')!).toBeGreaterThan(w.get('google-cloud')! + 0.05);
    expect(w.get('machine-learning')!).toBeGreaterThan(w.get('aws')! + 0.2);
    // Named by the article, asked by none of the postings: kept, but nice to have.
    expect(w.get('version-control')!).toBeLessThan(0.15);
  });

  it('still keeps every seed, even one none of the postings mention', () => {
    const ids = combine(LEAD, N, seedScaleOf(true, N)).map((s) => s.id);
    expect(ids).toContain('version-control');
    expect(ids).toContain('java');
  });

  it('leave a role without a family (its seeds are most of what it has) as before', () => {
    const full = weights(combine(LEAD, N, seedScaleOf(false, N)));
    expect(full.get('version-control')).toBe(0.3);
    // No postings at all: the seed prior is the weight.
    expect(weights(combine([ev('sql', 0, 0, KEY_SEED_PRIOR)], 0, seedScaleOf(false, 0))).get('sql')).toBe(KEY_SEED_PRIOR);
  });

  it('leave a family role with one posting its seeds: they are what sets it apart', () => {
    // The research engineer: one posting, JAX a key seed it names, MATLAB only O*NET's In Demand list.
    const research = [ev('jax', 1, 0.02, KEY_SEED_PRIOR), ev('matlab', 0, 0.01, 0, 1), ev('machine-learning', 1, 1.0, KEY_SEED_PRIOR)];
    const w = weights(combine(research, 1, seedScaleOf(true, 1)));
    expect(w.get('jax')!).toBeGreaterThan(w.get('matlab')!);
    expect(w.get('jax')!).toBeGreaterThanOrEqual(0.5);
  });
});
