import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const names = (q: string, n = 8) => engine.searchSkills(q, n).map((s) => s.name);

describe('autocomplete ranking', () => {
  test('"py" offers Python and PyTorch among the first three (not Qt, FSDP or PyMC)', () => {
    const top3 = names('py', 3);
    expect(top3).toEqual(expect.arrayContaining(['Python', 'PyTorch']));
    for (const rare of ['Qt', 'FSDP', 'PyMC']) expect(top3).not.toContain(rare);
  });

  test.each([
    ['k8s', 'Kubernetes'],
    ['git', 'Git'],
    ['sql', 'SQL'],
    ['sklearn', 'scikit-learn'],
    ['aws', 'AWS'],
  ])('"%s" offers %s first', (q, name) => {
    expect(names(q)[0]).toBe(name);
  });

  test('the alias that matched is shown when it is not the name', () => {
    const [k8s] = engine.searchSkills('k8s');
    expect(k8s?.id).toBe('kubernetes');
    expect(k8s?.alias?.toLowerCase()).toBe('k8s');
    const [python] = engine.searchSkills('python');
    expect(python!.alias).toBeUndefined();
  });

  test.each(['learn', 'spark', 'torch'])('"%s": names or aliases that start with it come before those that only contain it', (q) => {
    const starts = engine.searchSkills(q, 20).map((s) => (s.alias ?? s.name).toLowerCase().startsWith(q));
    expect(starts[0]).toBe(true);
    expect(starts.indexOf(false) === -1 || starts.slice(starts.indexOf(false)).every((x) => !x)).toBe(true);
  });

  test('empty and unknown queries give nothing', () => {
    expect(engine.searchSkills('  ')).toEqual([]);
    expect(engine.searchSkills('zzqxv')).toEqual([]);
  });
});
