import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../src/ui/Popup';
import { PopupApp } from '../../src/ui/PopupApp';
import { createPopupState, initialPopupModel, type PopupActions } from '../../src/ui/popup-state';
import { applyUserSkills } from '../../src/ui/gap';
import { NO_ACCESS_HELP } from '../../src/ui/plain-reason';
import type { UserSkill } from '../../src/core/types';
import type { NotAskedRepo } from '../../src/ui/repos';
import { analysis, fakeData, memorySettings, memorySkills, postingState } from './helpers/fixtures';
import { click, installDom, mount, settle, text } from './helpers/dom';

installDom();

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

const noActions: PopupActions = {
  analyzeAnyway: async () => undefined,
  addSkill: async () => undefined,
  revealSkill: async () => undefined,
  setHighlights: async () => undefined,
  openOptions: async () => undefined,
  markNotAsked: async () => undefined,
  undoNotAsked: async () => undefined,
  confirmCovered: async () => undefined,
  exportNotAsked: async () => undefined,
  openWelcome: async () => undefined,
};

describe('Popup from a mock analysis', () => {
  const model = initialPopupModel({
    view: { kind: 'posting', posting: postingState.kind === 'posting' ? postingState.posting : { source: '' }, analysis },
    skills: [{ id: 'python', name: 'Python' }, { id: 'aws', name: 'AWS' }],
    skillsLoaded: true,
  });

  test('title, company, score, asked-for', async () => {
    const m = await mount(<Popup model={model} actions={noActions} />);
    expect(text(m.byTestId('posting-title'))).toBe('Senior ML Engineer');
    // Page text is text: the company's "<b>" stays literal, no element is created.
    expect(text(m.byTestId('posting-company'))).toBe('Acme <b>AI</b>');
    expect(m.container.querySelector('b')).toBeNull();
    expect(text(m.byTestId('match-score'))).toContain('22%');
    expect(m.all('[data-testid="asked-for"] dd').map((e) => text(e))).toEqual(['5+ years', 'Senior', 'Master’s']);
  });

  test('the three closest roles, best first, with score bars and reasons', async () => {
    const m = await mount(<Popup model={model} actions={noActions} />);
    const roles = m.all('[data-testid="role-item"]');
    expect(roles.map((r) => text(r.querySelector('[data-testid="role-title"]')))).toEqual([
      'Machine Learning Engineer',
      'MLOps Engineer',
      'Data Scientist',
    ]);
    expect(roles[0]?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('82');
    // The row opens the reasons; a role without reasons is not expandable.
    expect(text(roles[0]?.querySelector('details ul') ?? null)).toContain('Deploying models to production');
    expect(roles[0]?.querySelector('summary [data-testid="role-title"]')).not.toBeNull();
    expect(m.byTestId('role-list')?.tagName).toBe('OL');
    expect(m.byTestId('weak-match')).toBeNull();
  });

  test('says so when no bundled role is close', async () => {
    const weak = initialPopupModel({
      ...model,
      view: { kind: 'posting', posting: { source: '' }, analysis: { ...analysis, roles: analysis.roles.map((r) => ({ ...r, score: r.score / 4 })) } },
    });
    const m = await mount(<Popup model={weak} actions={noActions} />);
    expect(text(m.byTestId('weak-match'))).toMatch(/None of the bundled/);
    expect(m.all('[data-testid="role-item"]')).toHaveLength(3);
  });

  test('missing required, then nice to have, then matched and related', async () => {
    const m = await mount(<Popup model={model} actions={noActions} />);
    const order = m.all('section[data-testid]').map((s) => s.getAttribute('data-testid'));
    expect(order).toEqual(['verdict', 'missing-required', 'missing-preferred', 'matched', 'related']);
    const names = (id: string) => m.all(`[data-testid="${id}"] li .chip__name`).map((e) => text(e));
    expect(names('missing-required')).toEqual(['Kubernetes', 'PyTorch']);
    expect(names('missing-preferred')).toEqual(['Airflow']);
    expect(names('matched')).toEqual(['Python']);
    expect(text(m.byTestId('skill-gcp')?.querySelector('.chip__note') ?? null)).toBe('you have AWS');
    // Missing skills carry an "I have this" button with a label; matched ones do not.
    expect(m.byTestId('add-skill-kubernetes')?.getAttribute('aria-label')).toBe('I have Kubernetes: add it to my skills');
    expect(m.byTestId('matched')?.querySelector('.chip__add')).toBeNull();
  });

  test('clicking a skill name reveals it in the page', async () => {
    const revealed: string[] = [];
    const m = await mount(<Popup model={model} actions={{ ...noActions, revealSkill: async (id) => void revealed.push(id) }} />);
    await click(m.byTestId('skill-pytorch')?.querySelector('button.chip__name') ?? null);
    expect(revealed).toEqual(['pytorch']);
  });

  test('the verdict leads: how many required skills I have, the nice-to-have ones apart, the score labelled', async () => {
    const m = await mount(<Popup model={model} actions={noActions} />);
    // Python of Python, Kubernetes, PyTorch; Google Cloud (related) is asked and not had.
    expect(text(m.byTestId('verdict-line'))).toBe('You have 1 of 3 required skills');
    expect(text(m.byTestId('verdict-preferred'))).toBe('You have 0 of 2 nice-to-have skills');
    const score = m.byTestId('match-score')!;
    expect(text(score)).toContain('Match');
    expect(score.getAttribute('title')).toMatch(/share of the skills this posting asks for/);
    expect(document.getElementById(score.getAttribute('aria-describedby')!)?.textContent).toBe(score.getAttribute('title'));
  });

  test('a skill I am learning is flagged against the years the posting asks; years show beside skills', async () => {
    const learning = initialPopupModel({ ...model, skills: [{ id: 'python', name: 'Python', level: 'learning' }] });
    const m = await mount(<Popup model={learning} actions={noActions} />);
    const python = m.byTestId('skill-python')!;
    expect(text(python.querySelector('.chip__note'))).toBe('learning; asks 5+ yrs');
    expect(python.classList.contains('chip--flagged')).toBe(true);
    const plain = await mount(<Popup model={model} actions={noActions} />);
    expect(text(plain.byTestId('skill-python')!.querySelector('.chip__note'))).toBe('5+ yrs');
  });

  test('each chip is one Tab stop: its "I have this" button is out of the Tab order', async () => {
    const m = await mount(<Popup model={model} actions={noActions} />);
    const chip = m.byTestId('skill-kubernetes')!;
    const [name, add] = [...chip.querySelectorAll('button')] as HTMLButtonElement[];
    // The test DOM doesn't compute tabIndex; the attributes are what the browser reads.
    expect(name!.getAttribute('tabindex')).toBe('0');
    expect(add!.getAttribute('tabindex')).toBe('-1');
    // The arrow keys themselves are tested in the browser (tests/e2e/first-run.test.ts).
  });

  test('with an empty list: "Add your skills to see your match", no score, no red; one click to the welcome page', async () => {
    const opened: string[] = [];
    const a = await mount(<Popup model={model} actions={noActions} />);
    expect(a.byTestId('start-welcome')).toBeNull();
    const b = await mount(<Popup model={{ ...model, skills: [] }} actions={{ ...noActions, openWelcome: async () => void opened.push('welcome') }} />);
    expect(text(b.byTestId('verdict'))).toContain('Add your skills to see your match');
    expect(b.byTestId('match-score')).toBeNull();
    expect(b.byTestId('missing-required')).toBeNull();
    expect(b.all('[data-testid="asked-required"] .chip--asked').length).toBe(2);
    await click(b.byTestId('start-welcome'));
    expect(opened).toEqual(['welcome']);
  });
});

describe('Popup with its state', () => {
  test('"I have this" adds the skill and the lists re-render at once', async () => {
    const skills = memorySkills([{ id: 'python', name: 'Python' }]);
    const data = fakeData({ live: postingState });
    const state = createPopupState({ data, skills, settings: memorySettings() });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    expect(m.byTestId('popup-posting')).not.toBeNull();
    const before = text(m.byTestId('match-score'));

    await click(m.byTestId('add-skill-kubernetes'));
    await settle();

    expect(skills.adds).toEqual([[{ id: 'kubernetes', name: 'Kubernetes' }]]);
    expect(skills.list.map((s) => s.id)).toEqual(['python', 'kubernetes']);
    expect(m.byTestId('missing-required')?.querySelector('[data-testid="skill-kubernetes"]')).toBeNull();
    expect(m.byTestId('matched')?.querySelector('[data-testid="skill-kubernetes"]')).not.toBeNull();
    expect(text(m.byTestId('match-score'))).not.toBe(before);
    expect(text(m.byTestId('notice'))).toBe('Added Kubernetes to your skills.');
    expect(text(m.byTestId('open-options'))).toBe('Edit my skills (2)');
  });

  test('started before the first render (the popup script) and again by PopupApp: the page is asked once', async () => {
    const data = fakeData({ live: postingState });
    const state = createPopupState({ data, skills: memorySkills(), settings: memorySettings() });
    const early = state.start();
    const m = await mount(<PopupApp state={state} />);
    await early;
    await settle();
    expect(data.calls.filter((c) => c === 'get-state')).toHaveLength(1);
    expect(m.byTestId('popup-posting')).not.toBeNull();
  });

  test('the tab’s result shows once the skill list and settings are read, without waiting for the marks', async () => {
    let listRead: (list: UserSkill[]) => void = () => undefined;
    const skills = memorySkills();
    skills.get = () => new Promise((resolve) => (listRead = resolve));
    const marks: NotAskedRepo = { get: () => new Promise(() => undefined), set: async (m) => m, watch: () => () => undefined };
    const state = createPopupState({ data: fakeData({ cached: postingState, live: postingState }), skills, settings: memorySettings(), notAsked: marks });
    void state.start();
    await settle();
    // An empty list's wording depends on the list: nothing is shown before it is read.
    expect(state.store.get().view.kind).toBe('loading');
    listRead([]);
    await settle();
    const model = state.store.get();
    expect(model.view.kind).toBe('posting');
    expect(model.skillsLoaded).toBe(true);
    const m = await mount(<Popup model={model} actions={noActions} />);
    expect(m.byTestId('asked-required')).not.toBeNull();
  });

  test('loading is announced as a status', async () => {
    const state = createPopupState({ data: fakeData(), skills: memorySkills(), settings: memorySettings() });
    const m = await mount(<Popup model={state.store.get()} actions={state.actions} />);
    expect(m.byTestId('popup-loading')?.getAttribute('role')).toBe('status');
  });

  test('not a job posting → "Analyze this page anyway" shows the result', async () => {
    const data = fakeData({ live: { kind: 'not-posting', reason: 'No job posting markup or requirement headings found.', url: 'https://blog.example.com' }, anyway: postingState });
    const state = createPopupState({ data, skills: memorySkills(), settings: memorySettings() });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    expect(text(m.byTestId('popup-not-posting'))).toContain('This doesn’t look like a job posting');
    // The detector's own words stay out of the popup.
    expect(text(m.byTestId('not-posting-reason'))).toBe('Role Lens found no job posting here. If there is one, it can read the page anyway.');
    await click(m.byTestId('analyze-anyway'));
    await settle();
    expect(data.calls).toContain('analyze-anyway');
    expect(m.byTestId('popup-posting')).not.toBeNull();
  });

  test.each([
    ['a browser page', { accessProblem: 'This is one of the browser’s own pages. Browsers don’t let extensions read them.' }, 'browser’s own pages'],
    ['injection refused', { injectionFails: NO_ACCESS_HELP }, 'click the Role Lens icon in the toolbar'],
  ])('cannot access the page: %s', async (_name, opts, reason) => {
    const state = createPopupState({ data: fakeData(opts), skills: memorySkills(), settings: memorySettings() });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    expect(text(m.byTestId('popup-inaccessible'))).toContain('Role Lens can’t read this page');
    expect(text(m.byTestId('inaccessible-reason'))).toContain(reason);
  });

  test('the cached result shows while the content script has none yet', async () => {
    const state = createPopupState({ data: fakeData({ cached: postingState, live: null }), skills: memorySkills(), settings: memorySettings(), firstResultTimeoutMs: 50 });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    expect(m.byTestId('popup-posting')).not.toBeNull();
  });

  test('no result at all in time → not-posting with the button', async () => {
    const state = createPopupState({ data: fakeData({ live: null }), skills: memorySkills(), settings: memorySettings(), firstResultTimeoutMs: 10 });
    const m = await mount(<PopupApp state={state} />);
    await settle(400);
    expect(m.byTestId('analyze-anyway')).not.toBeNull();
  });

  test('the highlights switch saves the setting and tells the page', async () => {
    const settings = memorySettings();
    const data = fakeData({ live: postingState });
    const state = createPopupState({ data, skills: memorySkills(), settings });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    const toggle = m.byTestId('highlights-toggle');
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    await click(toggle);
    await settle();
    expect(settings.value.highlights).toBe(false);
    expect(data.calls).toContain('highlights:false');
    expect(m.byTestId('highlights-toggle')?.getAttribute('aria-checked')).toBe('false');
  });
});

describe('applyUserSkills', () => {
  test('moves newly-had skills (missing or related) to matched and raises the score', () => {
    const next = applyUserSkills(analysis, [{ id: 'python', name: 'Python' }, { id: 'kubernetes', name: 'Kubernetes' }, { id: 'gcp', name: 'GCP' }]);
    expect(next.gap.missingRequired.map((s) => s.id)).toEqual(['pytorch']);
    expect(next.gap.related).toEqual([]);
    expect(next.gap.matched.map((s) => s.id)).toEqual(['python', 'kubernetes', 'gcp']);
    // required count double: python 2 + kubernetes 2 + gcp 1 of 2+2+2+1+1
    expect(next.gap.score).toBeCloseTo(5 / 8);
  });
  test('returns the same analysis when nothing changes', () => {
    expect(applyUserSkills(analysis, [{ id: 'python', name: 'Python' }])).toBe(analysis);
  });
});

test('set-aside data is pointed out in the popup', async () => {
  const quarantine = { get: async () => [{ key: 'sync:skills', reason: 'x', at: '', value: 1 }], clear: async () => undefined, watch: () => () => undefined };
  const state = createPopupState({ data: fakeData({ live: postingState }), skills: memorySkills(), settings: memorySettings(), quarantine });
  const m = await mount(<PopupApp state={state} />);
  await settle();
  expect(text(m.byTestId('set-aside'))).toBe('Some saved data could not be read: review it');
});

describe('a page that gave a smaller result', () => {
  test('the notes of the content script are said, and a long title keeps its whole text on hover', async () => {
    const title = 'Senior Staff Principal Machine Learning Platform Engineer '.repeat(5).trim();
    const state = createPopupState({
      data: fakeData({
        live: {
          ...postingState,
          posting: { ...(postingState.kind === 'posting' ? postingState.posting : { source: '' }), title },
          notes: ['Highlights were limited: the first 5,000 of 75,000 skill mentions are marked in the page.'],
        } as typeof postingState,
      }),
      skills: memorySkills(),
      settings: memorySettings(),
    });
    const m = await mount(<PopupApp state={state} />);
    await settle();
    expect(text(m.byTestId('stage-notes'))).toBe('Highlights were limited: the first 5,000 of 75,000 skill mentions are marked in the page.');
    expect(m.byTestId('posting-title')?.getAttribute('title')).toBe(title);
  });
});
