import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { TRAPS } from '../../scripts/eval/traps';

const engine = getBundledEngine();

test.each(TRAPS.map((t) => [t.name, t] as const))('trap: %s', (_name, trap) => {
  expect(trap.check(engine.analyze({ text: trap.text, source: 'test' }, []))).toBeNull();
});

test('the trap postings still yield their real requirements', () => {
  const a = engine.analyze({ text: TRAPS[0]!.text, source: 'test' }, []);
  const required = a.skills.filter((s) => s.importance === 'required').map((s) => s.id);
  expect(required).toEqual(expect.arrayContaining(['python', 'sql', 'airflow', 'snowflake']));
});
