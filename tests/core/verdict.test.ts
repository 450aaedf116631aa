import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import { matchLevel, verdictLine, verdictOf } from '../../src/core/verdict';

const engine = getBundledEngine();
const posting = { text: readFileSync('tests/fixtures/postings/data-engineer.txt', 'utf8'), source: 'text', title: 'Senior Data Engineer' };
const mine: UserSkill[] = ['Python', 'SQL', 'Airflow', 'Snowflake', 'Docker', 'Kubernetes'].map((name) => ({ id: `custom:${name}`, name }));

describe('the verdict, counted from the gap', () => {
  const analysis = engine.analyze(posting, mine);
  const verdict = verdictOf(analysis);
  const required = analysis.skills.filter((s) => s.importance === 'required').map((s) => s.id);

  test('required: every skill of the gap lists that the posting requires, and those on my list', () => {
    const matchedRequired = analysis.gap.matched.filter((s) => required.includes(s.id));
    expect(verdict.required.have).toBe(matchedRequired.length);
    expect(verdict.required.have).toBeGreaterThanOrEqual(3); // Python, SQL, Airflow at least
    expect(verdict.required.total).toBe(
      matchedRequired.length + analysis.gap.missingRequired.length + analysis.gap.related.filter((r) => required.includes(r.id)).length,
    );
    expect(verdictLine(verdict.required, 'required')).toBe(`You have ${verdict.required.have} of ${verdict.required.total} required skills`);
  });

  test('nice-to-have skills are counted apart (Kubernetes is one here)', () => {
    expect(analysis.gap.matched.map((s) => s.id)).toContain('kubernetes');
    expect(verdict.preferred.have).toBeGreaterThanOrEqual(1);
    expect(verdict.preferred.total).toBeGreaterThanOrEqual(analysis.gap.missingPreferred.length + 1);
  });

  test('an empty list has none of them, and the line says so', () => {
    const empty = verdictOf(engine.analyze(posting, []));
    expect(empty.required.have).toBe(0);
    expect(empty.required.total).toBeGreaterThan(5);
  });

  test('a posting that asks nothing gives no line', () => {
    expect(verdictLine({ have: 0, total: 0 }, 'required')).toBeNull();
    expect(verdictLine({ have: 1, total: 1 }, 'nice-to-have')).toBe('You have 1 of 1 nice-to-have skill');
  });
});

describe('levels count', () => {
  test('a required skill marked Learning counts half: the score sits between not having it and having it', () => {
    const without = engine.analyze(posting, mine.filter((s) => s.name !== 'Python')).gap.score;
    const learning = engine.analyze(posting, mine.map((s) => (s.name === 'Python' ? { ...s, level: 'learning' as const } : s))).gap.score;
    const working = engine.analyze(posting, mine.map((s) => (s.name === 'Python' ? { ...s, level: 'working' as const } : s))).gap.score;
    const full = engine.analyze(posting, mine).gap.score;
    expect(without).toBeLessThan(learning);
    expect(learning).toBeLessThan(full);
    expect(working).toBe(full);
  });
});

describe('thresholds', () => {
  test.each([
    [0.9, 'good'],
    [0.6, 'good'],
    [0.55, 'fair'],
    [0.35, 'fair'],
    [0.34, 'poor'],
    [Number.NaN, 'poor'],
  ] as const)('%d is %s', (score, level) => {
    expect(matchLevel(score)).toBe(level);
  });
});
