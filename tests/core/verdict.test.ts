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

  const withAlso = (...names: string[]) => verdictOf(engine.analyze(posting, [...mine, ...names.map((name) => ({ id: `custom:${name}`, name }))]));

  test('required: a skill the posting requires counts once, had when it is on my list', () => {
    expect(verdictLine(verdict.required, 'required')).toBe(`You have ${verdict.required.have} of ${verdict.required.total} required skills`);
    // Spark is required on its own (and meets "Kafka, Kinesis, Flink or Spark" too): more had, the same asks.
    const spark = withAlso('Spark').required;
    expect(spark.total).toBe(verdict.required.total);
    expect(spark.have).toBeGreaterThan(verdict.required.have);
  });

  test('alternatives are one ask: "Snowflake, BigQuery or Redshift" and "Python and/or Scala" count once', () => {
    // Snowflake already meets the warehouse ask, Python the language one: more members change nothing.
    expect(withAlso('BigQuery', 'Redshift', 'Scala').required).toEqual(verdict.required);
    // "Parquet, Avro": both are listed as missing, one ask; having Avro meets it.
    expect(analysis.gap.missingRequired.filter((s) => s.anyOf?.includes('avro')).length).toBe(2);
    expect(withAlso('Avro').required).toEqual({ have: verdict.required.have + 1, total: verdict.required.total });
  });

  test('soft skills are left out, as from the score', () => {
    expect(analysis.gap.missingSoft?.map((s) => s.id)).toEqual(expect.arrayContaining(['communication']));
    expect(withAlso('Communication', 'Mentoring').required).toEqual(verdict.required);
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
