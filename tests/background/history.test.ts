import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../src/background/handler';
import { recordHistory } from '../../src/background/history';
import { createTabStates } from '../../src/background/tab-states';
import { getBundledEngine } from '../../src/core/bundled';
import type { PageState } from '../../src/messages';
import { getHistory } from '../../src/storage/history';

beforeEach(() => fakeBrowser.reset());

test('the background records each posting a tab reports, once per posting, and nothing else', async () => {
  const bg = createBackground({
    states: createTabStates(undefined),
    badge: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    notify: async () => undefined,
    onPosting: recordHistory,
  });
  const text = readFileSync(new URL('../fixtures/postings/data-scientist.txt', import.meta.url), 'utf8');
  const analysis = getBundledEngine().analyze({ text, source: 'text' }, []);
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4011223344';
  const state: PageState = { kind: 'posting', posting: { title: 'Data Scientist, Growth', company: 'Acme', url, source: 'linkedin' }, analysis };
  const sender = { tab: { id: 7 }, frameId: 0 };
  await bg.handle({ type: 'page-state', state }, sender);
  // The single-page site re-renders the same posting under its own job address.
  await bg.handle({ type: 'page-state', state: { ...state, posting: { ...state.posting, url: 'https://www.linkedin.com/jobs/view/4011223344/' } } }, sender);
  await bg.handle({ type: 'page-state', state: { kind: 'not-posting', reason: 'a feed', url: 'https://www.linkedin.com/feed/' } }, sender);
  const list = await getHistory();
  expect(list.map((e) => [e.title, e.company, e.site])).toEqual([['Data Scientist, Growth', 'Acme', 'linkedin.com']]);
  expect(list[0]!.roles[0]!.id).toBe('data-scientist');
});
