import { beforeEach, describe, expect, test } from 'vitest';
import { createContentController, type ContentDeps, type Detection } from '../../src/content/controller';
import type { Analysis, Engine, Posting, UserSkill } from '../../src/core/types';
import type { PageState } from '../../src/messages';
import type { Highlighter, HighlightOptions } from '../../src/page/highlight';
import { MAX_TEXT_CHARS } from '../../src/page/limits';
import { notAskedKey } from '../../src/storage/not-asked-model';

/** A root element stand-in: the controller only reads these members. */
function fakeRoot(text: string) {
  return { textContent: text, isConnected: true, contains: () => true } as unknown as Element & { textContent: string; isConnected: boolean };
}

function analysisFor(posting: Posting, skills: readonly UserSkill[]): Analysis {
  const ids = posting.text.match(/[a-z]+/g) ?? [];
  const have = new Set(skills.map((s) => s.id));
  const ref = (id: string) => ({ id, name: id.toUpperCase() });
  return {
    isJobPosting: true,
    title: posting.title ?? null,
    skills: ids.map((id) => ({ ...ref(id), importance: 'required', years: null, mentions: [] })),
    roles: [],
    gap: {
      missingRequired: ids.filter((id) => !have.has(id)).map(ref),
      missingPreferred: [],
      matched: ids.filter((id) => have.has(id)).map(ref),
      related: [],
      score: ids.length ? ids.filter((id) => have.has(id)).length / ids.length : 0,
    },
    seniority: null,
    minYears: null,
    degree: null,
  };
}

function setup() {
  const page = { url: 'https://www.linkedin.com/jobs/view/1', key: 'k1', detection: null as Detection | null, now: 0 };
  // Timers run only when a test advances the clock (`advance`).
  let timerId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const advance = (ms: number) => {
    const end = page.now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      page.now = Math.max(page.now, due[1].at);
      due[1].fn();
    }
    page.now = end;
  };
  const reports: PageState[] = [];
  /** Whether each report's skill list was empty, as the badge is told. */
  const listEmpty: boolean[] = [];
  const applied: Array<{ root: Element; statuses: Record<string, string>; requiredLabel: string | undefined }> = [];
  let analyses = 0;
  const mentionCalls: Array<{ askedOnly?: boolean; company?: string }> = [];
  let enabled = true;
  let cleared = 0;
  const engine: Engine = {
    analyze: (posting, skills) => {
      analyses++;
      return analysisFor(posting, skills);
    },
    gap: (hits, skills, hidden) => analysisFor({ text: hits.filter((h) => !hidden?.has(h.id)).map((h) => h.id).join(' '), source: 'test' }, skills).gap,
    findMentions: (_text, options) => {
      mentionCalls.push(options ?? {});
      return [];
    },
    searchSkills: () => [],
    skill: (id) => ({ id, name: id.toUpperCase(), category: 'language' }),
  };
  const highlighter: Highlighter = {
    supported: true,
    get enabled() {
      return enabled;
    },
    apply(root: Element, options: HighlightOptions) {
      const ids = (root.textContent ?? '').match(/[a-z]+/g) ?? [];
      options.findMentions(root.textContent ?? '');
      applied.push({ root, statuses: Object.fromEntries(ids.map((id) => [id, options.statusOf(id)])), requiredLabel: options.labels?.['missing-required'] });
      return { shown: ids.length, found: ids.length, truncated: false };
    },
    clear: () => void cleared++,
    setEnabled: (v) => void (enabled = v),
    setColourful: () => undefined,
    reveal: (id) => id === 'python',
    isStale: () => false,
    entries: () => [],
    destroy: () => {},
  };
  const deps: ContentDeps = {
    doc: { body: null, title: 'Page' } as unknown as Document,
    url: () => page.url,
    engine,
    detect: () => page.detection ?? { kind: 'not-posting', reason: 'nothing here' },
    postingKey: () => page.key,
    highlighter,
    report: async (state, { skillListEmpty }) => {
      reports.push(state);
      listEmpty.push(skillListEmpty);
    },
    timers: {
      setTimeout: (fn, ms) => {
        timers.set(++timerId, { at: page.now + ms, fn });
        return timerId;
      },
      clearTimeout: (id) => void timers.delete(id),
      now: () => page.now,
    },
    isValid: () => true,
  };
  const show = (text: string, root = fakeRoot(text)) => {
    page.detection = { kind: 'posting', posting: { text, title: 'ML Engineer', source: 'linkedin', url: page.url }, root, confidence: 0.95 };
    return root;
  };
  return {
    page,
    reports,
    listEmpty,
    applied,
    mentionCalls,
    show,
    advance,
    deps,
    engine,
    highlighter,
    controller: createContentController(deps),
    get analyses() {
      return analyses;
    },
    get cleared() {
      return cleared;
    },
    get enabled() {
      return enabled;
    },
  };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});

describe('content controller', () => {
  test("the page's highlights tell the employer's name apart as the analysis does", () => {
    const root = t.show('splunk python');
    t.page.detection = { kind: 'posting', posting: { text: 'splunk python', title: 'ML Engineer', company: 'Splunk', source: 'linkedin', url: t.page.url }, root, confidence: 0.95 };
    t.controller.setSkills([]);
    t.controller.run();
    expect(t.mentionCalls.at(-1)).toEqual({ askedOnly: true, company: 'Splunk' });
  });

  test("the tooltip's words follow the popup's: nothing is 'missing' while the list is empty", () => {
    t.show('python sql');
    t.controller.setSkills([]);
    t.controller.run();
    expect(t.applied.at(-1)?.requiredLabel).toBe('Required here');
    t.controller.setSkills([{ id: 'sql', name: 'SQL' }]);
    t.controller.run();
    expect(t.applied.at(-1)?.requiredLabel).toBe('Missing — required');
  });

  test('a posting is analysed, reported and highlighted', () => {
    t.show('python sql');
    t.controller.setSkills([{ id: 'sql', name: 'SQL' }]);
    t.controller.run();
    expect(t.reports).toHaveLength(1);
    expect(t.reports[0]).toMatchObject({ kind: 'posting', posting: { title: 'ML Engineer', url: t.page.url } });
    expect(t.applied.at(-1)!.statuses).toEqual({ python: 'missing-required', sql: 'have' });
  });

  test('each report says whether the list it was scored against was empty (the badge shows no score then)', () => {
    t.show('python sql');
    t.controller.setSkills([]);
    t.controller.run();
    t.controller.setSkills([{ id: 'sql', name: 'SQL' }]);
    t.controller.setSkills([]);
    expect(t.listEmpty).toEqual([true, false, true]);
    const scored = t.reports[1]!;
    expect(scored.kind === 'posting' && scored.analysis.gap.score).toBe(0.5);
  });

  test('re-checks of an unchanged posting neither re-analyse nor re-report', () => {
    t.show('python sql');
    t.controller.run();
    t.controller.run();
    t.controller.run();
    expect(t.analyses).toBe(1);
    expect(t.reports).toHaveLength(1);
  });

  test('the same text re-rendered in new nodes moves the highlights without re-analysing', () => {
    const first = t.show('python sql');
    t.controller.run();
    first.isConnected = false;
    const second = t.show('python sql');
    t.controller.run();
    expect(t.analyses).toBe(1);
    expect(t.applied.at(-1)!.root).toBe(second);
  });

  test('a new posting key with new text (LinkedIn currentJobId) is analysed again', () => {
    t.show('python');
    t.controller.run();
    t.page.url = 'https://www.linkedin.com/jobs/search/?currentJobId=2';
    t.page.key = 'k2';
    t.show('rust go');
    t.controller.run();
    expect(t.analyses).toBe(2);
    expect(t.reports.at(-1)).toMatchObject({ kind: 'posting', posting: { url: t.page.url } });
  });

  test('changed text under the same key (a pane filled in late) is analysed again', () => {
    const root = t.show('python');
    t.controller.run();
    root.textContent = 'python kafka';
    t.show('python kafka', root);
    t.controller.run();
    expect(t.analyses).toBe(2);
  });

  test('a new skill list updates the gap at once, without analysing the posting again', () => {
    t.show('python sql');
    t.controller.run();
    t.controller.setSkills([{ id: 'python', name: 'Python' }]);
    expect(t.analyses).toBe(1);
    const last = t.reports.at(-1)!;
    expect(last.kind === 'posting' && last.analysis.gap.score).toBe(0.5);
    expect(t.applied.at(-1)!.statuses.python).toBe('have');
  });

  test('"not asked here" marks update the gap, badge and highlights at once, without analysing again', () => {
    t.show('python sql');
    t.controller.run();
    t.controller.setSkills([{ id: 'python', name: 'Python' }]);
    const key = notAskedKey(t.page.url, 'ML Engineer');
    t.controller.setNotAsked({ postings: { [key]: { skills: ['sql'], at: '2026-01-01T00:00:00.000Z' } }, never: [] });
    expect(t.analyses).toBe(1);
    const last = t.reports.at(-1)!;
    expect(last.kind === 'posting' && last.analysis.gap.score).toBe(1);
    expect(t.applied.at(-1)!.statuses.sql).toBe('mentioned');
    // Marks of another posting change nothing here.
    t.controller.setNotAsked({ postings: { 'other|posting': { skills: ['python'], at: '2026-01-01T00:00:00.000Z' } }, never: [] });
    const after = t.reports.at(-1)!;
    expect(after.kind === 'posting' && after.analysis.gap.score).toBe(0.5);
  });

  test('get-posting-text answers the analysed text for the report, null off a posting', async () => {
    expect(await t.controller.handle({ type: 'get-posting-text' })).toBeNull();
    t.show('python sql');
    t.controller.run();
    expect(await t.controller.handle({ type: 'get-posting-text' })).toEqual({ text: 'python sql' });
  });

  test('a page that is not a posting reports why once and clears highlights', () => {
    t.controller.run();
    t.controller.run();
    expect(t.reports).toEqual([{ kind: 'not-posting', reason: 'nothing here', url: t.page.url }]);
    expect(t.cleared).toBeGreaterThan(0);
  });

  test('a page that keeps not being a posting is re-checked on its mutations less and less often', () => {
    const body = fakeRoot('feed');
    const checks: number[] = [];
    for (let i = 0; i < 6; i++) {
      t.controller.run();
      checks.push(t.page.now);
      // The next mutation-triggered check waits longer each time: none after the first miss, then 3 s, 6 s, … up to 30 s.
      let wait = 0;
      while (!t.controller.isRelevant(body)) {
        wait += 500;
        t.page.now += 500;
      }
      expect(wait).toBe(i === 0 ? 0 : Math.min(30_000, 1500 * 2 ** i));
    }
    // A posting arriving (or a new key) resets it.
    t.show('python');
    t.controller.run();
    t.page.detection = null;
    t.controller.run();
    expect(t.controller.isRelevant(body)).toBe(true);
  });

  test('get-state answers the current state; reveal and set-highlights reach the highlighter', async () => {
    t.show('python');
    expect(await t.controller.handle({ type: 'get-state' })).toMatchObject({ kind: 'posting' });
    expect(await t.controller.handle({ type: 'reveal-skill', skillId: 'python' })).toEqual({ found: true });
    expect(await t.controller.handle({ type: 'reveal-skill', skillId: 'cobol' })).toEqual({ found: false });
    expect(await t.controller.handle({ type: 'set-highlights', enabled: false })).toEqual({ enabled: false, supported: true });
    expect(t.enabled).toBe(false);
  });

  test('only its own messages are claimed', () => {
    expect(t.controller.handles({ type: 'get-state' })).toBe(true);
    expect(t.controller.handles({ type: 'get-tab-state', tabId: 1 })).toBe(false);
    expect(t.controller.handles({ type: 'page-state', state: { kind: 'not-posting', reason: '', url: '' } })).toBe(false);
  });
});

describe('a hostile page cannot stop the content script', () => {
  test('a posting whose text keeps changing is re-analysed at most 3 times in 10 s', () => {
    const root = t.show('python sql');
    t.controller.run();
    expect(t.analyses).toBe(1);
    // New words every 10 ms (a live feed inside the posting), for 10 s.
    for (let i = 1; i <= 1000; i++) {
      root.textContent = `python sql ${'k'.repeat(i % 7)} x${String.fromCharCode(97 + (i % 26))}`;
      t.show(root.textContent, root);
      if (t.controller.isRelevant(root)) t.controller.schedule();
      t.advance(10);
    }
    expect(t.analyses - 1).toBeGreaterThanOrEqual(1);
    expect(t.analyses - 1).toBeLessThanOrEqual(3);
    // Once it settles, the last text is analysed after the back-off.
    const settled = t.analyses;
    t.advance(60_000);
    expect(t.analyses).toBe(settled + 1);
    const last = t.reports.at(-1)!;
    expect(last.kind === 'posting' && last.analysis.skills.map((s) => s.id)).toEqual(['python', 'sql', 'k'.repeat(1000 % 7), `x${String.fromCharCode(97 + (1000 % 26))}`].filter(Boolean));
  });

  test('a number ticking in the posting ("Posted 3 minutes ago", a live count) is not a change', () => {
    const root = t.show('python sql 12 applicants');
    t.controller.run();
    for (let i = 13; i < 500; i++) {
      root.textContent = `python sql ${i} applicants`;
      t.show(root.textContent, root);
      if (t.controller.isRelevant(root)) t.controller.schedule();
      t.advance(10);
    }
    t.advance(60_000);
    expect(t.analyses).toBe(1);
  });

  test('an analysis that throws leaves the script answering, and says why', async () => {
    t.engine.analyze = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    t.deps.warn = () => undefined;
    t.show('python');
    const state = await t.controller.handle({ type: 'get-state' });
    expect(state).toEqual({ kind: 'not-posting', reason: 'Role Lens could not analyse this page: Maximum call stack size exceeded.', url: t.page.url });
    expect(await t.controller.handle({ type: 'set-highlights', enabled: false })).toEqual({ enabled: false, supported: true });
  });

  test('a detector that throws leaves the script answering, and says why', async () => {
    t.deps.detect = () => {
      throw new Error('unexpected markup');
    };
    t.deps.warn = () => undefined;
    const c = createContentController(t.deps);
    await expect(c.handle({ type: 'get-state' })).resolves.toMatchObject({ kind: 'not-posting', reason: 'Role Lens could not read this page: unexpected markup.' });
  });

  test('highlights that throw are skipped: the result still reaches the popup, with the reason', () => {
    t.highlighter.apply = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    t.deps.warn = () => undefined;
    t.show('python sql');
    t.controller.run();
    const last = t.reports.at(-1)!;
    expect(last).toMatchObject({ kind: 'posting', notes: ['Highlights were skipped: Maximum call stack size exceeded.'] });
    expect(last.kind === 'posting' && last.analysis.skills).toHaveLength(2);
  });

  test('highlights capped at the first 5,000 mentions are said so', () => {
    t.highlighter.apply = () => ({ shown: 5000, found: 75_000, truncated: false });
    t.show('python');
    t.controller.run();
    expect(t.reports.at(-1)).toMatchObject({
      notes: ['Highlights were limited: the first 5,000 of 75,000 skill mentions are marked in the page.'],
    });
  });

  test('a huge page is analysed up to a bound, the result is small, and the title is cut for display', () => {
    const seen: number[] = [];
    const analyze = t.engine.analyze;
    t.engine.analyze = (posting, skills) => {
      seen.push(posting.text.length);
      const a = analyze(posting, skills);
      // 75,000 mentions of one skill.
      return { ...a, skills: a.skills.slice(0, 1).map((s) => ({ ...s, mentions: Array.from({ length: 75_000 }, (_, i) => ({ start: i * 7, end: i * 7 + 6, text: 'python' })) })) };
    };
    const text = 'python sql '.repeat(300_000);
    t.page.detection = { kind: 'posting', posting: { text, title: 'T'.repeat(100_000), source: 'heuristic' }, root: fakeRoot(text), confidence: 0.6 };
    t.controller.run();
    expect(seen).toEqual([MAX_TEXT_CHARS]);
    const last = t.reports.at(-1)!;
    if (last.kind !== 'posting') throw new Error('expected a posting');
    expect(last.notes).toContain('This page is very long: only its first 100,000 characters were analysed.');
    expect(last.posting.title!.length).toBeLessThanOrEqual(300);
    expect(last.analysis.skills[0]!.mentions).toHaveLength(3);
    expect(JSON.stringify(last.analysis.skills).length).toBeLessThan(1_000);
  });
});
