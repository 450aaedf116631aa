import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SKILLS_VERSION,
  addSkills,
  clearQuarantine,
  getQuarantine,
  getSettings,
  getSkills,
  migrateSkillsV1toV2,
  migrateStorage,
  removeSkill,
  setSettings,
  setSkills,
  syncItemBytes,
  updateSkill,
  watchSkills,
} from '../../src/storage/items';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('skill list', () => {
  test('a new user starts with an empty list and nothing quarantined', async () => {
    expect(await getSkills()).toEqual([]);
    expect(await getQuarantine()).toEqual([]);
  });

  test('add, update, remove', async () => {
    await addSkills([{ id: 'python', name: 'Python' }, { id: 'pytorch', name: 'PyTorch' }]);
    await addSkills([{ id: 'python', name: 'Python' }]); // already there
    await updateSkill('pytorch', { level: 'expert' });
    expect(await getSkills()).toEqual([
      { id: 'python', name: 'Python' },
      { id: 'pytorch', name: 'PyTorch', level: 'expert' },
    ]);
    await removeSkill('python');
    expect(await getSkills()).toEqual([{ id: 'pytorch', name: 'PyTorch', level: 'expert' }]);
    const stored = await fakeBrowser.storage.sync.get(['skills', 'skills$']);
    expect(stored['skills$']).toEqual({ v: SKILLS_VERSION });
  });

  test.each([
    ['with a v1 meta key', { skills: ['python', 'Deep Learning', 'scikit-learn'], skills$: { v: 1 } }],
    ['without a meta key (WXT reads it as v1)', { skills: ['python', 'Deep Learning', 'scikit-learn'] }],
  ])('migrates v1 (bare strings) to the current version %s', async (_name, seed) => {
    await fakeBrowser.storage.sync.set(seed);
    await migrateStorage();
    expect(await getSkills()).toEqual([
      { id: 'python', name: 'python' },
      { id: 'custom:deep-learning', name: 'Deep Learning' },
      { id: 'scikit-learn', name: 'scikit-learn' },
    ]);
    const stored = await fakeBrowser.storage.sync.get('skills$');
    expect(stored['skills$']).toEqual({ v: SKILLS_VERSION });
    expect(await getQuarantine()).toEqual([]);
  });

  test('the v1 → v2 migration leaves v2 entries alone (safe to run twice)', () => {
    const v2 = [{ id: 'python', name: 'Python' }];
    expect(migrateSkillsV1toV2(v2)).toEqual(v2);
    expect(migrateSkillsV1toV2(['python', ...v2])).toEqual([{ id: 'python', name: 'python' }, ...v2]);
  });

  test('corrupt entries are quarantined with the reason, the rest kept', async () => {
    await fakeBrowser.storage.sync.set({
      skills: [{ id: 'python', name: 'Python' }, { id: 'Not An Id!', name: 'x' }, 42, { id: 'sql', name: 'SQL' }],
      skills$: { v: SKILLS_VERSION },
    });
    expect(await getSkills()).toEqual([
      { id: 'python', name: 'Python' },
      { id: 'sql', name: 'SQL' },
    ]);
    const q = await getQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]?.key).toBe('sync:skills');
    expect(q[0]?.value).toEqual([{ id: 'Not An Id!', name: 'x' }, 42]);
    expect(q[0]?.reason).toMatch(/2 skill list entries were unreadable/);
    expect(q[0]?.reason).toMatch(/entry 1\.id/);
    // The store now holds the clean list; a second read quarantines nothing more.
    expect(await getSkills()).toHaveLength(2);
    expect(await getQuarantine()).toHaveLength(1);
  });

  test('a stored value that is not a list is moved aside whole, with the reason', async () => {
    const foreign = { someOtherExtension: true, data: [1, 2, 3] };
    await fakeBrowser.storage.sync.set({ skills: foreign, skills$: { v: SKILLS_VERSION } });
    expect(await getSkills()).toEqual([]);
    const q = await getQuarantine();
    expect(q).toEqual([expect.objectContaining({ key: 'sync:skills', value: foreign })]);
    expect(q[0]?.reason).toMatch(/not a list \(an object\)/);
    await clearQuarantine();
    expect(await getQuarantine()).toEqual([]);
  });

  test('data from a newer version that does not parse says so', async () => {
    await fakeBrowser.storage.sync.set({ skills: [{ skill: 'python', v3field: 1 }], skills$: { v: SKILLS_VERSION + 1 } });
    await migrateStorage().catch(() => undefined); // a downgrade: WXT refuses to migrate
    expect(await getSkills()).toEqual([]);
    const q = await getQuarantine();
    expect(q[0]?.reason).toMatch(/newer version of the extension/);
    // Reported, not rewritten: the device with the newer version keeps its list.
    expect((await fakeBrowser.storage.sync.get('skills'))['skills']).toEqual([{ skill: 'python', v3field: 1 }]);
  });

  test('a list too large for one sync item goes to local storage, and back when it shrinks', async () => {
    const big = Array.from({ length: 300 }, (_, i) => ({ id: `custom:skill-number-${i}`, name: `Skill number ${i}` }));
    expect(syncItemBytes('skills', big)).toBeGreaterThan(8192);
    expect(await setSkills(big)).toBe('local');
    expect(await getSkills()).toHaveLength(300);
    expect((await fakeBrowser.storage.local.get('skills'))['skills']).toHaveLength(300);

    expect(await setSkills(big.slice(0, 10))).toBe('sync');
    expect(await getSkills()).toHaveLength(10);
    expect((await fakeBrowser.storage.local.get('skills'))['skills']).toBeUndefined();
  });

  test('watchSkills reports the parsed list', async () => {
    const seen: number[] = [];
    const unwatch = watchSkills((list) => seen.push(list.length));
    await setSkills([{ id: 'python', name: 'Python' }]);
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    expect(seen.at(-1)).toBe(1);
  });
});

describe('settings', () => {
  test('defaults, then updates', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await setSettings({ highlights: false });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });

  test('a wrong-typed field is quarantined, the good ones kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlights: false, allSites: 'yes' } });
    expect(await getSettings()).toEqual({ highlights: false, allSites: false, colourHighlights: false });
    const q = await getQuarantine();
    expect(q[0]).toMatchObject({ key: 'sync:settings', value: { highlights: false, allSites: 'yes' } });
    expect(q[0]?.reason).toMatch(/allSites/);
  });

  test('missing or extra fields are not an error', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlights: false, futureThing: 1 } });
    expect(await getSettings()).toEqual({ highlights: false, allSites: false, colourHighlights: false });
    expect(await getQuarantine()).toEqual([]);
  });
});

test('when storage.sync refuses the write (quota), the list is kept locally', async () => {
  const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(await setSkills([{ id: 'python', name: 'Python' }])).toBe('local');
  expect(await getSkills()).toEqual([{ id: 'python', name: 'Python' }]);
  spy.mockRestore();
  warn.mockRestore();
});

test('settings stored before colour-by-status existed read with it off', async () => {
  await fakeBrowser.storage.sync.set({ settings: { highlights: true, allSites: true } });
  expect(await getSettings()).toEqual({ highlights: true, allSites: true, colourHighlights: false });
});

test('a read-only read (content scripts) takes what parses and changes nothing', async () => {
  const damaged = [{ id: 'python', name: 'Python' }, { id: 42 }, 'sql'];
  await fakeBrowser.storage.sync.set({ skills: damaged, skills$: { v: 2 }, settings: { highlights: 'yes', allSites: false } });
  expect((await getSkills({ readOnly: true })).map((s) => s.name)).toEqual(expect.arrayContaining(['Python']));
  expect(await getSettings({ readOnly: true })).toMatchObject({ highlights: true, allSites: false });
  expect(await getQuarantine()).toEqual([]);
  expect((await fakeBrowser.storage.sync.get('skills'))['skills']).toEqual(damaged);
});
