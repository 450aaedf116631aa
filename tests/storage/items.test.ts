import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customSkillId } from '../../src/storage/schema';
import {
  DEFAULT_SETTINGS,
  MAX_SKILLS,
  NEWER_VERSION_MESSAGE,
  QUARANTINE_BUDGET,
  SKILLS_VERSION,
  addSkills,
  getSkillsStatus,
  setAsideOriginal,
  setKeepOnThisDevice,
  clearQuarantine,
  getQuarantine,
  getSettings,
  getSettingsReadOnly,
  getSkills,
  getSkillsReadOnly,
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
      { id: customSkillId('Deep Learning'), name: 'Deep Learning' },
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
    expect(q[0]?.reason).toMatch(/entry 1\.id: /);
    expect(q[0]?.reason).toMatch(/entry 2: expected an object, got a number/);
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

  test('a list from a newer version is read as far as it can be and never written over, in sync or local', async () => {
    const newer = [{ id: 'python', name: 'Python', since: '2027' }, { id: 'sql', name: 'SQL' }, { skill: 'rust', v3field: 1 }];
    await fakeBrowser.storage.sync.set({ skills: newer, skills$: { v: SKILLS_VERSION + 1 } });
    await migrateStorage();
    expect(await getSkills()).toEqual([{ id: 'sql', name: 'SQL' }]);
    expect(await getSkillsStatus()).toEqual({ newerVersion: SKILLS_VERSION + 1, overflow: false });
    await expect(addSkills([{ id: 'docker', name: 'Docker' }])).rejects.toThrow(NEWER_VERSION_MESSAGE);
    await expect(setSkills([{ id: 'docker', name: 'Docker' }])).rejects.toThrow(NEWER_VERSION_MESSAGE);
    await expect(setKeepOnThisDevice(true)).rejects.toThrow(NEWER_VERSION_MESSAGE);
    await expect(removeSkill('sql')).rejects.toThrow(NEWER_VERSION_MESSAGE);
    // Nothing set aside, nothing rewritten, nothing written locally instead.
    expect(await getQuarantine()).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(['skills', 'skills$'])).toEqual({ skills: newer, skills$: { v: SKILLS_VERSION + 1 } });
    expect(await fakeBrowser.storage.local.get(['skills', 'skills$', 'skillsOnThisDevice'])).toEqual({});
  });

  test('a newer version in local storage locks the list too', async () => {
    const newer = [{ id: 'python', name: 'Python' }];
    await fakeBrowser.storage.local.set({ skills: newer, skills$: { v: SKILLS_VERSION + 3 } });
    await expect(addSkills([{ id: 'docker', name: 'Docker' }])).rejects.toThrow(NEWER_VERSION_MESSAGE);
    expect(await fakeBrowser.storage.local.get(['skills', 'skills$'])).toEqual({ skills: newer, skills$: { v: SKILLS_VERSION + 3 } });
    expect(await fakeBrowser.storage.sync.get('skills')).toEqual({});
  });

  test('loading the storage module next to a newer list logs nothing (no "Version downgrade detected" in every tab)', async () => {
    await fakeBrowser.storage.sync.set({ skills: [{ id: 'python', name: 'Python' }], skills$: { v: SKILLS_VERSION + 1 } });
    await fakeBrowser.storage.local.set({ skills: [{ id: 'python', name: 'Python' }], skills$: { v: SKILLS_VERSION + 1 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.resetModules();
    const fresh = await import('../../src/storage/items');
    expect(await fresh.getSkills({ readOnly: true })).toEqual([{ id: 'python', name: 'Python' }]);
    await new Promise((r) => setTimeout(r, 10));
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  test('a damaged list too large to set aside is summarised and left in place; the options can still add', async () => {
    const good = [{ id: 'python', name: 'Python' }, { id: 'sql', name: 'SQL' }];
    // Entries a foreign tool wrote: far more than the set-aside budget.
    const bad = Array.from({ length: 40_000 }, (_, i) => ({ skill: `thing ${i}`, weight: i / 7 }));
    const damaged = [...good, ...bad];
    expect(JSON.stringify(bad).length).toBeGreaterThan(QUARANTINE_BUDGET);
    await fakeBrowser.storage.local.set({ skills: damaged, skills$: { v: SKILLS_VERSION } });
    expect(await getSkills()).toEqual(good);
    const q = await getQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ key: 'local:skills', inPlace: true, value: { summary: expect.stringMatching(/^40000 entries, [\d.]+ (KB|MB)$/) } });
    expect(JSON.stringify(q).length).toBeLessThan(QUARANTINE_BUDGET);
    expect(q[0]?.reason).toMatch(/too large to set aside .* left where it was found \(local:skills\), untouched/);
    // The original is where it was, untouched, and reading again records nothing new.
    expect((await fakeBrowser.storage.local.get('skills'))['skills']).toEqual(damaged);
    expect(await setAsideOriginal(q[0]!)).toEqual(damaged); // what the download carries
    expect(await getSkills()).toEqual(good);
    expect(await getQuarantine()).toHaveLength(1);
    // Adding works: the list is saved (to sync, where it fits).
    expect(await addSkills([{ id: 'docker', name: 'Docker' }])).toEqual([...good, { id: 'docker', name: 'Docker' }]);
    expect(await getSkills()).toEqual([...good, { id: 'docker', name: 'Docker' }]);
  });

  test('a set-aside write refused by storage leaves the original where it was', async () => {
    const damaged = [{ id: 'python', name: 'Python' }, 42];
    await fakeBrowser.storage.sync.set({ skills: damaged, skills$: { v: SKILLS_VERSION } });
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await getSkills()).toEqual([{ id: 'python', name: 'Python' }]);
    expect((await fakeBrowser.storage.sync.get('skills'))['skills']).toEqual(damaged);
    spy.mockRestore();
    warn.mockRestore();
  });

  test('custom skills saved with the old slug ids get the current id, and non-Latin names stay apart', async () => {
    await fakeBrowser.storage.sync.set({
      skills: [{ id: 'custom:deep-learning', name: 'Deep Learning' }, { id: 'custom:skill', name: 'Машинное обучение' }, { id: 'python', name: 'Python' }],
      skills$: { v: SKILLS_VERSION },
    });
    const list = await getSkills();
    expect(list.map((s) => s.id)).toEqual([customSkillId('Deep Learning'), customSkillId('Машинное обучение'), 'python']);
    // Upgraded in storage too, so the name typed again is found in the list.
    expect((await fakeBrowser.storage.sync.get('skills'))['skills']).toEqual(list);
    expect(await addSkills([{ id: customSkillId('deep   learning'), name: 'deep learning' }])).toHaveLength(3);
  });

  test(`the list holds at most ${MAX_SKILLS} skills`, async () => {
    const full = Array.from({ length: MAX_SKILLS }, (_, i) => ({ id: `custom:s${i}`, name: `S${i}` }));
    await setSkills(full);
    await expect(addSkills([{ id: 'python', name: 'Python' }])).rejects.toThrow(/at most 2,000 skills/);
    expect(await addSkills([{ id: 'custom:s1', name: 'S1' }])).toHaveLength(MAX_SKILLS); // already there: fine
    expect(await getSkills()).toHaveLength(MAX_SKILLS);
  });

  test('a list too large for one sync item goes to local storage, and back when it shrinks', async () => {
    const big = Array.from({ length: 300 }, (_, i) => ({ id: `custom:skill-number-${i}`, name: `Skill number ${i}` }));
    expect(syncItemBytes('skills', big)).toBeGreaterThan(8192);
    expect(await setSkills(big)).toBe('local');
    expect(await getSkills()).toHaveLength(300);
    expect(await getSkillsStatus()).toEqual({ newerVersion: null, overflow: true });
    expect((await fakeBrowser.storage.local.get('skills'))['skills']).toHaveLength(300);

    expect(await setSkills(big.slice(0, 10))).toBe('sync');
    expect(await getSkills()).toHaveLength(10);
    expect((await fakeBrowser.storage.local.get('skills'))['skills']).toBeUndefined();
    expect((await getSkillsStatus()).overflow).toBe(false);
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

test('the read-only functions the content script and background import read as the readOnly option does', async () => {
  // A v1 list (strings) with a damaged entry, in local, and settings with a field of the wrong type.
  const damaged = ['Python', { id: 7 }, { id: 'sql', name: 'SQL', level: 'expert' }];
  await fakeBrowser.storage.local.set({ skills: damaged, skills$: { v: 1 } });
  await fakeBrowser.storage.sync.set({ skills: [{ id: 'rust', name: 'Rust' }], settings: { highlights: 'no', colourHighlights: true } });
  expect(await getSkillsReadOnly()).toEqual(await getSkills({ readOnly: true }));
  expect((await getSkillsReadOnly()).map((s) => s.name)).toContain('Python');
  expect(await getSettingsReadOnly()).toEqual({ highlights: true, allSites: false, colourHighlights: true });
  expect(await getSettingsReadOnly()).toEqual(await getSettings({ readOnly: true }));
  expect(await getQuarantine()).toEqual([]);
  expect((await fakeBrowser.storage.local.get('skills'))['skills']).toEqual(damaged);
});
