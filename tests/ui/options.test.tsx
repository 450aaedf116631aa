import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import { exportSkills } from '../../src/storage/import-export';
import { customSkillId, type QuarantineEntry } from '../../src/storage/schema';
import { createOptionsState, type OptionsDeps, type PermissionsApi } from '../../src/ui/options-state';
import { OptionsApp } from '../../src/ui/OptionsApp';
import type { QuarantineRepo } from '../../src/ui/repos';
import { memoryPlace, memorySettings, memorySkills } from './helpers/fixtures';
import { click, flag, installDom, keyDown, mount, settle, text, toggle, typeInto } from './helpers/dom';

installDom();

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

function memoryQuarantine(entries: QuarantineEntry[] = []): QuarantineRepo & { entries: QuarantineEntry[] } {
  const repo = {
    entries,
    async get() {
      return repo.entries;
    },
    async clear() {
      repo.entries = [];
    },
    watch() {
      return () => undefined;
    },
  };
  return repo;
}

function fakePermissions(grant: boolean): PermissionsApi & { granted: boolean; requests: number } {
  const p = {
    granted: false,
    requests: 0,
    async contains() {
      return p.granted;
    },
    async request() {
      p.requests++;
      p.granted = grant;
      return grant;
    },
    async remove() {
      const was = p.granted;
      p.granted = false;
      return was;
    },
  };
  return p;
}

function setup(initial: UserSkill[] = [], overrides: Partial<OptionsDeps> = {}) {
  const skills = memorySkills(initial);
  const settings = memorySettings();
  const quarantine = memoryQuarantine();
  const place = memoryPlace();
  const permissions = fakePermissions(true);
  const downloads: Array<{ fileName: string; text: string }> = [];
  const deps: OptionsDeps = {
    engine: getBundledEngine(),
    skills,
    settings,
    quarantine,
    place,
    permissions,
    download: (fileName, text) => downloads.push({ fileName, text }),
    now: () => new Date('2026-11-26T12:00:00Z'),
    ...overrides,
  };
  const state = createOptionsState(deps);
  return { state, skills, settings, quarantine, place, permissions, downloads };
}

const listNames = (root: Element) => [...root.querySelectorAll('[data-testid="skill-list"] .skill-row__name')].map((e) => e.firstChild?.textContent ?? '');

describe('adding with autocomplete', () => {
  test.each([
    ['k8s', 'kubernetes', 'Kubernetes'],
    ['sklearn', 'scikit-learn', 'scikit-learn'],
  ])('typing %j offers %s first, Enter adds it', async (query, id, name) => {
    const { state, skills } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(m.byTestId('skills-empty')).not.toBeNull();
    await typeInto(m.byTestId('skill-input'), query);
    const first = m.byTestId('suggestions')?.querySelector('[role="option"]');
    expect(first?.getAttribute('data-testid')).toBe(`suggestion-${id}`);
    expect(first?.getAttribute('aria-selected')).toBe('true');
    expect(text(first?.querySelector('.suggestion__name') ?? null)).toContain(name);
    // The alias that matched is shown: "K8s → Kubernetes".
    if (query !== name) expect(text(first?.querySelector('.suggestion__alias') ?? null).toLowerCase()).toBe(query);
    await keyDown(m.byTestId('skill-input'), 'Enter');
    await settle();
    expect(skills.list).toEqual([{ id, name }]);
    expect(listNames(m.container)).toEqual([name]);
    expect((m.byTestId('skill-input') as HTMLInputElement).value).toBe('');
  });

  test('a name outside the taxonomy can be added as a custom skill', async () => {
    const { state, skills } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await typeInto(m.byTestId('skill-input'), 'Our Internal DSL');
    const id = customSkillId('Our Internal DSL');
    const custom = m.byTestId(`suggestion-${id}`);
    expect(text(custom)).toContain('Add “Our Internal DSL” as a custom skill');
    custom?.dispatchEvent(new window.Event('mousedown', { bubbles: true }));
    await settle();
    expect(skills.list).toEqual([{ id, name: 'Our Internal DSL' }]);
    expect(text(m.byTestId(`my-skill-${id}`))).toContain('custom');
  });

  test('arrow keys move the highlighted suggestion', async () => {
    const { state } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await typeInto(m.byTestId('skill-input'), 'pyt');
    await keyDown(m.byTestId('skill-input'), 'ArrowDown');
    const options = m.all('[role="option"]');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(m.byTestId('skill-input')?.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
  });
});

describe('the list', () => {
  test('remove and level', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }, { id: 'sql', name: 'SQL' }]);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(listNames(m.container)).toEqual(['Python', 'SQL']);
    await click(m.byTestId('remove-python'));
    await settle();
    expect(skills.list).toEqual([{ id: 'sql', name: 'SQL' }]);
    expect(listNames(m.container)).toEqual(['SQL']);
    await state.actions.setLevel('sql', 'expert');
    expect(skills.list).toEqual([{ id: 'sql', name: 'SQL', level: 'expert' }]);
  });
});

describe('résumé', () => {
  test('finds skills, marks the ones already present, adds the selected', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await typeInto(m.byTestId('resume-text'), 'Five years of Python and PyTorch; deployed models on k8s. Some SQL.');
    await click(m.byTestId('find-skills'));
    const found = m.byTestId('found-skills');
    expect(found).not.toBeNull();
    expect(flag(m.byTestId('found-python'), 'disabled')).toBe(true);
    expect(text(m.byTestId('found-python')?.parentElement ?? null)).toContain('already in your list');
    expect(flag(m.byTestId('found-pytorch'), 'checked')).toBe(true);
    // Uncheck SQL, add the rest.
    await toggle(m.byTestId('found-sql'));
    expect(text(m.byTestId('add-found'))).toBe('Add selected (2)');
    await click(m.byTestId('add-found'));
    await settle();
    expect(skills.list.map((s) => s.id)).toEqual(['python', 'pytorch', 'kubernetes']);
    expect(text(m.byTestId('list-message'))).toBe('Added 2 skills from your résumé.');
  });
});

describe('import and export', () => {
  test('export downloads our format', async () => {
    const list = [{ id: 'python', name: 'Python' }];
    const { state, downloads } = setup(list);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await click(m.byTestId('export'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toBe('role-lens-skills-2026-11-26.json');
    expect(downloads[0]?.text).toBe(exportSkills(list, new Date('2026-11-26T12:00:00Z')));
  });

  test('a good file is merged in and names are resolved through the taxonomy', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await state.actions.importText('["python", "k8s", "sklearn", "Our DSL"]', 'list.json');
    await settle();
    expect(skills.list.map((s) => s.id)).toEqual(['python', 'kubernetes', 'scikit-learn', customSkillId('Our DSL')]);
    expect(text(m.byTestId('file-message'))).toBe(
      'Imported list.json: 3 new skills added (Kubernetes, scikit-learn, Our DSL), 1 already in your list (Python).',
    );
  });

  test('six names in other scripts import as six skills, and the message says exactly what happened', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    const file = JSON.stringify(['Машинное обучение', '機械学習', 'تعلم الآلة', 'Μηχανική μάθηση', '机器学习', 'Обработка данных', 'python', 'k8s', 'Kubernetes']);
    await state.actions.importText(file, 'skills.json');
    await settle();
    expect(skills.list).toHaveLength(8);
    expect(text(m.byTestId('file-message'))).toBe(
      'Imported skills.json: 7 new skills added (Машинное обучение, 機械学習, تعلم الآلة, Μηχανική μάθηση, 机器学习, Обработка данных, Kubernetes), ' +
        '1 already in your list (Python). 1 merged with another entry of the file (Kubernetes = k8s).',
    );
  });

  test('a list from a newer version is shown read-only and nothing is written', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
    skills.status = async () => ({ newerVersion: 3, overflow: false });
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(text(m.byTestId('read-only'))).toBe('Your skill list was saved by a newer version of Role Lens; update to edit it.');
    await state.actions.importText('["SQL"]', 'more.json');
    await typeInto(m.byTestId('skill-input'), 'docker');
    await keyDown(m.byTestId('skill-input'), 'Enter');
    await settle();
    expect(skills.adds).toEqual([]);
    expect(text(m.byTestId('list-message'))).toBe('Your skill list was saved by a newer version of Role Lens; update to edit it.');
  });

  test('a list too long for browser sync is said so', async () => {
    const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
    skills.status = async () => ({ newerVersion: null, overflow: true });
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(text(m.byTestId('sync-overflow'))).toBe('Your list is too long for browser sync: kept in this browser only.');
  });

  test('a failed load is said in the page, not "Loading your skills…" forever', async () => {
    const { state, skills } = setup();
    skills.get = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(text(m.byTestId('load-error'))).toBe('Your skills could not be loaded: QUOTA_BYTES quota exceeded');
    expect(text(m.container)).not.toContain('Loading your skills');
  });

  test('a bad file changes nothing and says why', async () => {
    const before = [{ id: 'python', name: 'Python' }];
    const { state, skills } = setup(before);
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    await state.actions.importText('{"format": "role-lens-skills", "version": 1, "skills": [\n  {"id": "sql", "name": "SQL"},\n]}', 'bad.json');
    await settle();
    expect(skills.list).toEqual(before);
    expect(skills.adds).toEqual([]);
    const message = m.byTestId('file-message');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(text(message)).toBe('Nothing was imported from bad.json. Invalid JSON at line 3, column 1: trailing comma before "]".');
  });
});

describe('all sites and quarantine', () => {
  test('opting in asks for the permission and records it; opting out revokes it', async () => {
    const { state, permissions, settings } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    const box = m.byTestId('all-sites') as HTMLInputElement;
    expect(flag(box, 'checked')).toBe(false);
    box.checked = true;
    box.dispatchEvent(new window.Event('change', { bubbles: true }));
    await settle();
    expect(permissions.requests).toBe(1);
    expect(settings.value.allSites).toBe(true);
    expect(flag(m.byTestId('all-sites'), 'checked')).toBe(true);
    await state.actions.setAllSites(false);
    expect(permissions.granted).toBe(false);
    expect(settings.value.allSites).toBe(false);
  });

  test('colouring highlights by status is off until the user turns it on, and says what it reveals', async () => {
    const { state, settings } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    const box = m.byTestId('colour-highlights') as HTMLInputElement;
    expect(flag(box, 'checked')).toBe(false);
    expect(box.closest('.opt-in')?.textContent).toMatch(/could read those colours/);
    box.checked = true;
    box.dispatchEvent(new window.Event('change', { bubbles: true }));
    await settle();
    expect(settings.value.colourHighlights).toBe(true);
    expect(flag(m.byTestId('colour-highlights'), 'checked')).toBe(true);
  });

  test('the list can be kept in this browser only, and the synced copy deleted after that', async () => {
    const { state, place } = setup();
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    const box = m.byTestId('keep-on-device') as HTMLInputElement;
    expect(flag(box, 'checked')).toBe(false);
    expect(m.container.querySelector('[data-testid="delete-synced"]')).toBeNull();
    box.checked = true;
    box.dispatchEvent(new window.Event('change', { bubbles: true }));
    await settle();
    expect(place.onDevice).toBe(true);
    expect(text(m.byTestId('place-message'))).toMatch(/stays in this browser/);
    click(m.byTestId('delete-synced'));
    await settle();
    expect(place.synced).toBe(false);
    expect(text(m.byTestId('place-message'))).toMatch(/copy in browser sync is deleted/);
    expect(m.container.querySelector('[data-testid="delete-synced"]')).toBeNull();
  });

  test('a refused permission says so', async () => {
    const { state } = setup([], { permissions: fakePermissions(false) });
    await state.start();
    await state.actions.setAllSites(true);
    expect(state.store.get().allSites).toBe(false);
    expect(state.store.get().allSitesError).toMatch(/did not grant/);
  });

  test('set-aside data is shown, downloadable and dismissable', async () => {
    const entry: QuarantineEntry = { key: 'sync:skills', reason: 'The stored skill list was not a list (an object) and was set aside.', at: '2026-11-26T10:00:00Z', value: { x: 1 } };
    const quarantine = memoryQuarantine([entry]);
    const { state, downloads } = setup([], { quarantine });
    const m = await mount(<OptionsApp state={state} />);
    await settle();
    expect(text(m.byTestId('quarantine'))).toContain('The stored skill list was not a list');
    await click(m.byTestId('quarantine-download'));
    expect(JSON.parse(downloads[0]?.text ?? '')).toEqual([entry]);
    await click(m.byTestId('quarantine-dismiss'));
    await settle();
    expect(quarantine.entries).toEqual([]);
    expect(m.byTestId('quarantine')).toBeNull();
  });
});

test('no custom option when the text is a known alias', async () => {
  const { state } = setup();
  state.actions.setQuery('k8s');
  expect(state.store.get().suggestions.map((s) => s.kind)).toEqual(['skill']);
  state.actions.setQuery('Our DSL');
  expect(state.store.get().suggestions.at(-1)?.kind).toBe('custom');
});

test('a skill added while the list is still loading is not lost', async () => {
  const { state, skills } = setup([{ id: 'python', name: 'Python' }]);
  const slowGet = skills.get;
  skills.get = async () => {
    const list = await slowGet();
    await new Promise((r) => setTimeout(r, 30));
    return list; // the list as it was before the add below
  };
  const started = state.start();
  await state.actions.choose({ kind: 'skill', skill: { id: 'kubernetes', name: 'Kubernetes' }, have: false });
  await started;
  expect(state.store.get().skills.map((s) => s.id)).toEqual(['python', 'kubernetes']);
});
