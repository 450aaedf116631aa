import { beforeEach, describe, expect, test } from 'vitest';
import { BADGE_COLORS, badgeFor, type BadgeApi } from '../../src/background/badge';
import { matchLevel, MATCH_WORD } from '../../src/core/verdict';
import { createBackground } from '../../src/background/handler';
import { SESSION_ITEM_BUDGET, createTabStates, type SessionArea } from '../../src/background/tab-states';
import type { Analysis } from '../../src/core/types';
import type { Message, PageState } from '../../src/messages';

const posting = (score: number, url = 'https://jobs.lever.co/acme/1'): PageState => ({
  kind: 'posting',
  posting: { title: 'Data Engineer', url, source: 'lever' },
  analysis: {
    isJobPosting: true,
    title: 'Data Engineer',
    skills: [],
    roles: [],
    gap: { missingRequired: [], missingPreferred: [], matched: [], related: [], score },
    seniority: null,
    minYears: null,
    degree: null,
  } satisfies Analysis,
});

function fakeSession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

function setup(session = fakeSession(), emptyList = false) {
  const badges = new Map<number, { text: string; color?: string }>();
  const notes: Message[] = [];
  const badge: BadgeApi = {
    setBadgeText: async ({ tabId, text }) => void badges.set(tabId!, { ...badges.get(tabId!), text: text ?? '' }),
    setBadgeBackgroundColor: async ({ tabId, color }) => void badges.set(tabId!, { text: badges.get(tabId!)?.text ?? '', color }),
  };
  const bg = createBackground({ states: createTabStates(session), badge, notify: async (m) => void notes.push(m), emptyList: async () => emptyList });
  return { bg, badges, notes, session };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});

describe('badge', () => {
  test.each([
    [1, '100%', '#1a7f37'],
    [0.6, '60%', '#1a7f37'],
    [0.55, '55%', '#b45309'],
    [0.35, '35%', '#b45309'],
    [0.34, '34%', '#c62828'],
    [0, '0%', '#c62828'],
  ])('score %d → %s', (score, text, color) => {
    expect(badgeFor(posting(score))).toMatchObject({ text, color });
  });

  test('the badge and the popup word a score from the same thresholds', () => {
    // A 55 % posting was an amber badge and a green "Good match" popup before one module decided both.
    for (const score of [0.2, 0.34, 0.35, 0.55, 0.59, 0.6, 0.9]) {
      const level = matchLevel(score);
      expect(badgeFor(posting(score))!.color).toBe(BADGE_COLORS[level]);
      expect(badgeFor(posting(score))!.title).toContain(MATCH_WORD[level].toLowerCase());
    }
  });

  test('with an empty skill list a posting is marked as found, in grey, without a score', () => {
    const badge = badgeFor(posting(0), { emptyList: true })!;
    expect(badge).toMatchObject({ text: 'job', color: BADGE_COLORS.neutral });
    expect(badge.text).not.toMatch(/%/);
    expect(badge.title).toMatch(/Add your skills to see your match/);
  });

  test('no badge off postings', () => {
    expect(badgeFor(null)).toBeNull();
    expect(badgeFor({ kind: 'not-posting', reason: 'x', url: 'https://a.example' })).toBeNull();
  });
});

describe('background', () => {
  const sender = { tab: { id: 7 }, frameId: 0 };

  test('page-state sets the badge, answers get-tab-state and tells the popup', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.75) }, sender);
    expect(t.badges.get(7)).toEqual({ text: '75%', color: '#1a7f37' });
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toMatchObject({ kind: 'posting' });
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 8 }, {})).toBeNull();
    expect(t.notes.at(-1)).toMatchObject({ type: 'tab-state-changed', tabId: 7 });
  });

  test("the report's word on the skill list decides the badge, without reading storage", async () => {
    let reads = 0;
    const badges = new Map<number, string>();
    const badge: BadgeApi = { setBadgeText: async ({ tabId, text }) => void badges.set(tabId!, text ?? ''), setBadgeBackgroundColor: async () => {} };
    const bg = createBackground({ states: createTabStates(fakeSession()), badge, notify: async () => {}, emptyList: async () => (reads++, false) });
    await bg.handle({ type: 'page-state', state: posting(0), skillListEmpty: true }, sender);
    expect(badges.get(7)).toBe('job');
    await bg.handle({ type: 'page-state', state: posting(0.4), skillListEmpty: false }, sender);
    expect(badges.get(7)).toBe('40%');
    expect(reads).toBe(0);
    // A report that does not say (an older content script): storage is asked.
    await bg.handle({ type: 'page-state', state: posting(0.4) }, sender);
    expect(reads).toBe(1);
  });

  test('a posting seen with an empty skill list gets the neutral badge', async () => {
    const empty = setup(fakeSession(), true);
    await empty.bg.handle({ type: 'page-state', state: posting(0) }, sender);
    expect(empty.badges.get(7)).toEqual({ text: 'job', color: BADGE_COLORS.neutral });
  });

  test('a not-posting state clears the badge', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, sender);
    await t.bg.handle({ type: 'page-state', state: { kind: 'not-posting', reason: 'x', url: 'https://a.example/' } }, sender);
    expect(t.badges.get(7)?.text).toBe('');
  });

  test('states from sub-frames or without a tab are ignored', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, { tab: { id: 7 }, frameId: 3 });
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, {});
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toBeNull();
  });

  test('navigation to another page drops the result; the same page (hash, early SPA report) keeps it', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, sender);
    await t.bg.onTabNavigated(7, 'https://jobs.lever.co/acme/1#apply');
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).not.toBeNull();
    await t.bg.onTabNavigated(7, 'https://example.com/');
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toBeNull();
    expect(t.badges.get(7)?.text).toBe('');
    expect(t.notes.at(-1)).toEqual({ type: 'tab-state-changed', tabId: 7, state: null });
  });

  test('a load whose URL the browser hides drops the result', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, sender);
    await t.bg.onTabNavigated(7, undefined);
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toBeNull();
  });

  test('closing the tab forgets it', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.5) }, sender);
    await t.bg.onTabRemoved(7);
    expect(t.session.data).toEqual({});
    expect(await t.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toBeNull();
  });

  test('results survive a service-worker restart through storage.session', async () => {
    await t.bg.handle({ type: 'page-state', state: posting(0.8) }, sender);
    const restarted = setup(t.session);
    expect(await restarted.bg.handle({ type: 'get-tab-state', tabId: 7 }, {})).toMatchObject({ kind: 'posting' });
  });

  test('works without storage.session (memory only)', async () => {
    const states = createTabStates(undefined);
    await states.set(1, posting(0.1));
    expect(await states.get(1)).toMatchObject({ kind: 'posting' });
  });

  test('messages for the content script are left alone', () => {
    expect(t.bg.handle({ type: 'get-state' }, {})).toBeUndefined();
  });
});

describe('session storage quota', () => {
  const huge = (): PageState => {
    const base = posting(0.5) as Extract<PageState, { kind: 'posting' }>;
    const mentions = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 8, end: i * 8 + 6, text: 'Python' }));
    return { ...base, analysis: { ...base.analysis, skills: [{ id: 'python', name: 'Python', importance: 'required', years: null, mentions }] } };
  };

  test('a result over the per-tab budget is stored without its mentions', async () => {
    const session = fakeSession();
    const states = createTabStates(session);
    await states.set(7, huge());
    const stored = session.data['tab:7'] as Extract<PageState, { kind: 'posting' }>;
    expect(JSON.stringify(stored).length).toBeLessThan(SESSION_ITEM_BUDGET);
    expect(stored.analysis.skills).toEqual([{ id: 'python', name: 'Python', importance: 'required', years: null, mentions: [] }]);
    // This worker still has the whole result.
    expect((await states.get(7))?.kind === 'posting' && (await states.get(7))).toMatchObject({ analysis: { skills: [{ mentions: expect.any(Array) }] } });
  });

  test('a refused write drops the older stored result instead of leaving it for a restarted worker', async () => {
    const session = fakeSession();
    await createTabStates(session).set(7, posting(0.2));
    session.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await createTabStates(session).set(7, posting(0.9));
    expect(session.data['tab:7']).toBeUndefined();
  });
});
