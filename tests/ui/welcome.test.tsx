import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { coreSkills } from '../../src/ui/stores/starter';
import { Welcome } from '../../src/ui/Welcome';
import { createWelcomeState } from '../../src/ui/welcome-state';
import { memorySkills } from './helpers/fixtures';
import { click, flag, installDom, mount, settle, text, toggle, typeInto } from './helpers/dom';

installDom();
beforeEach(() => {
  document.body.innerHTML = '';
});

const engine = getBundledEngine();
const categories = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s.category]));
const setup = (initial = memorySkills()) => {
  const state = createWelcomeState({ engine, skills: initial, roles: BUNDLED_ROLE_PROFILES, categoryOf: (id) => categories.get(id), openOptions: () => undefined });
  return { state, skills: initial };
};

describe('the welcome page', () => {
  test('a role’s core skills, most asked first, none ticked until chosen; ticked ones are added', async () => {
    const { state, skills } = setup();
    const m = await mount(<Welcome state={state} />);
    await settle();
    expect(text(m.byTestId('welcome-count'))).toBe('Your list is empty.');
    state.starter.actions.chooseRole('data-engineer');
    await settle();
    const role = BUNDLED_ROLE_PROFILES.find((r) => r.id === 'data-engineer')!;
    const core = coreSkills(role, (id) => engine.skill(id)?.name);
    expect(core.length).toBeGreaterThan(3);
    for (const s of core) expect(flag(m.byTestId(`starter-${s.id}`), 'checked'), s.id).toBe(false);
    await toggle(m.byTestId(`starter-${core[0]!.id}`));
    await toggle(m.byTestId(`starter-${core[1]!.id}`));
    await click(m.byTestId('starter-add'));
    await settle();
    expect(skills.list.map((s) => s.id)).toEqual([core[0]!.id, core[1]!.id]);
    expect(text(m.byTestId('welcome-message'))).toBe('Added 2 skills.');
    expect(text(m.byTestId('welcome-count'))).toMatch(/^Your list has 2 skills/);
  });

  test('a résumé: select none leaves nothing to add, select all ticks everything new', async () => {
    const { state, skills } = setup(memorySkills([{ id: 'python', name: 'Python' }]));
    const m = await mount(<Welcome state={state} />);
    await settle();
    await typeInto(m.byTestId('resume-text'), readFileSync('tests/fixtures/resumes/ml-engineer.txt', 'utf8'));
    await click(m.byTestId('find-skills'));
    expect(flag(m.byTestId('found-github'), 'checked')).toBe(false);
    expect(flag(m.byTestId('found-python'), 'disabled')).toBe(true);
    await click(m.byTestId('found-none'));
    expect(flag(m.byTestId('add-found'), 'disabled')).toBe(true);
    await click(m.byTestId('found-all'));
    expect(flag(m.byTestId('found-github'), 'checked')).toBe(true);
    expect(flag(m.byTestId('found-python'), 'checked')).toBe(false);
    await click(m.byTestId('add-found'));
    await settle();
    expect(skills.list.length).toBeGreaterThan(20);
  });

  test('LinkedIn’s Skills.csv and a bad file: the result is said in the live region', async () => {
    const { state, skills } = setup();
    const m = await mount(<Welcome state={state} />);
    await settle();
    await state.files.importText('Name\nDocker\n"Apache Airflow"\n', 'Skills.csv');
    await settle();
    expect(skills.list.map((s) => s.id)).toEqual(['docker', 'airflow']);
    expect(text(m.byTestId('welcome-message'))).toMatch(/^Imported Skills\.csv: 2 new skills added/);
    await state.files.importText('Title,Company\nEngineer,Acme\n', 'Skills.csv');
    await settle();
    expect(text(m.byTestId('welcome-message'))).toMatch(/^Nothing was imported from Skills\.csv\. .*“Name” column/);
    expect(skills.list).toHaveLength(2);
  });
});
