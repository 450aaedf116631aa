import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import type { PageState } from '../../src/messages';
import { EMPTY_NOT_ASKED, notAskedKey, type NotAsked } from '../../src/storage/not-asked-model';
import { publishEngine } from '../../src/engine-host';
import { createEngineRecompute } from '../../src/ui/engine-gap';
import { applyUserSkills } from '../../src/ui/gap';
import { PopupApp } from '../../src/ui/PopupApp';
import { createPopupState } from '../../src/ui/popup-state';
import type { NotAskedRepo } from '../../src/ui/repos';
import { click, installDom, mount, settle, text } from './helpers/dom';
import { fakeData, memorySettings, memorySkills } from './helpers/fixtures';

installDom();

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

// A posting modelled on real data-science postings: methods, a group of alternatives, soft skills.
const TEXT = `Data Scientist, Pricing
About the role
You will build the models that set prices for 2 million products.
Requirements
- 3+ years applying regression analysis, decision trees, SVM and clustering to real business data
- Strong Python (pandas, scikit-learn) and SQL
- Hands-on production experience with EKS, ECS, or AKS
- Excellent communication skills and strong leadership, driving projects across teams
Nice to have
- Experience with Spark or Databricks`;

const engine = getBundledEngine();
const URL_ = 'https://boards.example.com/acme/jobs/4242?utm_source=linkedin';
const posting = { title: 'Data Scientist, Pricing', company: 'Acme', url: URL_, source: 'json-ld' };

function stateFor(skills: UserSkill[]): PageState {
  return { kind: 'posting', posting, analysis: engine.analyze({ text: TEXT, source: 'text', title: posting.title }, skills) };
}

function memoryNotAsked(initial: NotAsked = EMPTY_NOT_ASKED): NotAskedRepo & { value: NotAsked } {
  const watchers = new Set<(v: NotAsked) => void>();
  const repo = {
    value: initial,
    async get() {
      return repo.value;
    },
    async set(next: NotAsked) {
      repo.value = next;
      for (const w of watchers) w(next);
      return next;
    },
    watch(cb: (v: NotAsked) => void) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
  return repo;
}

async function open(list: UserSkill[], marks = memoryNotAsked()) {
  const skills = memorySkills(list);
  const downloads: Array<{ name: string; text: string }> = [];
  const data = { ...fakeData({ live: stateFor(list), url: URL_ }), postingText: async () => TEXT };
  const recompute = await createEngineRecompute();
  const state = createPopupState({
    data,
    skills,
    settings: memorySettings(),
    notAsked: marks,
    recompute: (a, s, hidden) => recompute(a, s, hidden),
    download: (name, body) => downloads.push({ name, text: body }),
  });
  const m = await mount(<PopupApp state={state} />);
  await settle();
  return { m, skills, marks, downloads };
}

// The popup's exact recompute uses the engine /engine.js publishes (packed data), as in the extension.
publishEngine();

const mine = (...names: string[]): UserSkill[] => names.map((name) => ({ id: engine.searchSkills(name, 1)[0]!.id, name }));

describe('the gap in the popup', () => {
  test('alternatives are one line, counted once', async () => {
    const { m } = await open(mine('Python'));
    const group = m.byTestId('group-eks-ecs-aks');
    expect(text(group)).toContain('One of:');
    expect(group?.querySelectorAll('[data-testid^="skill-"]').length).toBe(3);
    // Spark or Databricks: one ask in the nice-to-have section.
    expect(text(m.byTestId('missing-preferred')?.querySelector('.section__count') ?? null)).toBe('1');
  });

  test('soft skills have their own line and are not among the missing', async () => {
    const { m } = await open(mine('Python'));
    expect(text(m.byTestId('soft-skills'))).toBe('Also asks for: communication, leadership');
    expect(m.byTestId('missing-required')?.querySelector('[data-testid="skill-communication"]')).toBeNull();
  });

  test('"probably covered by Machine learning", confirmed in one click', async () => {
    const { m, skills } = await open(mine('Python', 'Machine learning'));
    expect(text(m.byTestId('probably-covered'))).toContain('Probably covered by Machine learning: Decision trees, Support vector machines, Clustering');
    expect(m.byTestId('missing-required')?.querySelector('[data-testid="skill-svm"]')).toBeNull();
    const before = text(m.byTestId('match-score'));

    await click(m.byTestId('confirm-covered-machine-learning'));
    await settle();

    expect(skills.adds).toEqual([[
      { id: 'decision-trees', name: 'Decision trees' },
      { id: 'svm', name: 'Support vector machines' },
      { id: 'clustering', name: 'Clustering' },
    ]]);
    expect(m.byTestId('matched')?.querySelector('[data-testid="skill-svm"]')).not.toBeNull();
    expect(text(m.byTestId('match-score'))).not.toBe(before);
  });

  test('"not asked here" hides the skill, the score follows, undo brings it back', async () => {
    const { m, marks, downloads } = await open(mine('Python'));
    const before = text(m.byTestId('match-score'));

    await click(m.byTestId('not-asked-sql'));
    await click(m.byTestId('not-asked-here-sql'));
    await settle();

    expect(marks.value.postings[notAskedKey(URL_, posting.title)]?.skills).toEqual(['sql']);
    expect(m.byTestId('missing-required')?.querySelector('[data-testid="skill-sql"]')).toBeNull();
    expect(text(m.byTestId('not-asked-line'))).toContain('Not asked here: SQL');
    expect(text(m.byTestId('match-score'))).not.toBe(before);

    // The report: the marks, where the skill was read, and the posting's text.
    await click(m.byTestId('export-not-asked'));
    await settle();
    expect(downloads).toHaveLength(1);
    const report = JSON.parse(downloads[0]!.text) as { notAsked: Array<{ id: string; readIn: string[] }>; text: string; posting: { url: string } };
    expect(report.notAsked.map((s) => s.id)).toEqual(['sql']);
    expect(report.notAsked[0]!.readIn).toEqual(['- Strong Python (pandas, scikit-learn) and SQL']);
    expect(report.text).toBe(TEXT);
    expect(report.posting.url).toBe(URL_);

    await click(m.byTestId('undo-not-asked-sql'));
    await settle();
    expect(m.byTestId('missing-required')?.querySelector('[data-testid="skill-sql"]')).not.toBeNull();
    expect(text(m.byTestId('match-score'))).toBe(before);
    expect(marks.value.postings).toEqual({});
  });

  test('"never show" is kept for every posting', async () => {
    const { m, marks } = await open(mine('Python'));
    await click(m.byTestId('not-asked-sql'));
    await click(m.byTestId('never-show-sql'));
    await settle();
    expect(marks.value.never).toEqual(['sql']);

    // Another popup, on the same posting under another address: still hidden.
    document.body.innerHTML = '';
    const again = await open(mine('Python'), marks);
    expect(again.m.byTestId('missing-required')?.querySelector('[data-testid="skill-sql"]')).toBeNull();
  });
});

describe('the quick update before the engine loads', () => {
  test('having one member of a group clears the whole group, and the score agrees with the engine', () => {
    const before = stateFor(mine('Python'));
    if (before.kind !== 'posting') throw new Error('not a posting');
    const list = mine('Python', 'Amazon ECS');
    const quick = applyUserSkills(before.analysis, list);
    const exact = engine.gap(before.analysis.skills, list);
    const members = (g: typeof quick.gap) => g.missingRequired.map((s) => s.id).filter((id) => ['eks', 'ecs', 'aks'].includes(id));
    expect(members(quick.gap)).toEqual([]);
    expect(quick.gap.matched.map((s) => s.id)).toContain('ecs');
    expect(quick.gap.score).toBe(exact.score);
  });

  test('a hidden skill leaves the lists at once', () => {
    const before = stateFor(mine('Python'));
    if (before.kind !== 'posting') throw new Error('not a posting');
    const quick = applyUserSkills(before.analysis, mine('Python'), new Set(['sql']));
    expect(quick.gap.missingRequired.map((s) => s.id)).not.toContain('sql');
    expect(quick.gap.hidden?.map((s) => s.id)).toEqual(['sql']);
    expect(quick.gap.score).toBe(engine.gap(before.analysis.skills, mine('Python'), new Set(['sql'])).score);
  });
});

test('a lone alternative says so: "R, or an alternative"', async () => {
  // Python is asked on its own too, so "Python or R" leaves R as Python's alternative.
  const body = `Data Analyst
Requirements
- Strong Python skills
- Statistical modelling in Python or R`;
  const state: PageState = { kind: 'posting', posting, analysis: engine.analyze({ text: body, source: 'text' }, mine('SQL')) };
  const data = fakeData({ live: state, url: URL_ });
  const s = createPopupState({ data, skills: memorySkills(mine('SQL')), settings: memorySettings() });
  const m = await mount(<PopupApp state={s} />);
  await settle();
  const required = m.byTestId('missing-required');
  expect(text(required?.querySelector('[data-testid="skill-python"]') ?? null)).not.toContain('alternative');
  expect(text(required?.querySelector('[data-testid="skill-r"]') ?? null)).toContain('or an alternative');
});
