import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import type { PageState } from '../../src/messages';
import { HISTORY_LIMIT, entryFromState, historyKey, upsertEntry, type HistoryEntry } from '../../src/storage/history-entry';
import {
  HISTORY_VERSION,
  clearHistory,
  deleteHistoryEntry,
  getHistory,
  historyItem,
  recordPosting,
  rescoreHistory,
  setHistoryOn,
} from '../../src/storage/history';
import { getQuarantine } from '../../src/storage/items';

const engine = getBundledEngine();
const posting = (name: string) => readFileSync(new URL(`../fixtures/postings/${name}.txt`, import.meta.url), 'utf8');

function stateFor(name: string, url: string, skills: UserSkill[] = []): PageState {
  const text = posting(name);
  const analysis = engine.analyze({ text, source: 'text', url }, skills);
  return { kind: 'posting', posting: { url, source: 'greenhouse', company: 'Acme' }, analysis };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('history key: one posting, one entry', () => {
  test.each([
    ['https://www.linkedin.com/jobs/view/senior-ml-engineer-at-acme-4011223344/?trk=public', 'https://www.linkedin.com/jobs/search/?currentJobId=4011223344&keywords=ml'],
    ['https://boards.greenhouse.io/acme/jobs/123?gh_src=abc&utm_source=x', 'https://boards.greenhouse.io/acme/jobs/123/#apply'],
    ['https://www.indeed.com/viewjob?jk=877a31af4a15e83f&from=serp', 'https://www.indeed.com/jobs?q=ml&vjk=877a31af4a15e83f'],
  ])('%s = %s', (a, b) => {
    expect(historyKey(a)).toBe(historyKey(b));
  });

  test('different postings stay apart', () => {
    expect(historyKey('https://jobs.lever.co/acme/1111')).not.toBe(historyKey('https://jobs.lever.co/acme/2222'));
    expect(historyKey('https://acme.com/careers?job=1')).not.toBe(historyKey('https://acme.com/careers?job=2'));
  });
});

describe('recording postings', () => {
  test('a posting seen twice is one entry that keeps its first-seen date', async () => {
    const url = 'https://boards.greenhouse.io/acme/jobs/4455';
    await recordPosting(stateFor('ml-engineer', url), new Date('2026-11-01T10:00:00Z'));
    await recordPosting(stateFor('ml-engineer', `${url}?gh_src=li`), new Date('2026-11-03T09:00:00Z'));
    const list = await getHistory();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ firstSeen: '2026-11-01T10:00:00.000Z', lastSeen: '2026-11-03T09:00:00.000Z', site: 'boards.greenhouse.io', company: 'Acme' });
    expect(list[0]!.roles[0]!.id).toBe('ml-engineer');
    expect(list[0]!.missingRequired.length).toBeGreaterThan(2);
    expect((await historyItem.getMeta()) as { v?: number }).toEqual({ v: HISTORY_VERSION });
  });

  test('off means nothing is recorded; delete one; clear all', async () => {
    await setHistoryOn(false);
    expect(await recordPosting(stateFor('data-engineer', 'https://jobs.lever.co/acme/1'))).toBe(false);
    expect(await getHistory()).toEqual([]);
    await setHistoryOn(true);
    await recordPosting(stateFor('data-engineer', 'https://jobs.lever.co/acme/1'));
    await recordPosting(stateFor('data-scientist', 'https://jobs.lever.co/acme/2'));
    await deleteHistoryEntry(historyKey('https://jobs.lever.co/acme/1'));
    expect((await getHistory()).map((e) => e.url)).toEqual(['https://jobs.lever.co/acme/2']);
    await clearHistory();
    expect(await getHistory()).toEqual([]);
  });

  test('capped: beyond the limit the posting seen longest ago goes', () => {
    const base = entryFromState(stateFor('data-analyst', 'https://a.example/jobs/0'), new Date('2026-01-01T00:00:00Z'))!;
    let list: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      list = upsertEntry(list, { ...base, key: `k${i}`, firstSeen: at, lastSeen: at });
    }
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list.some((e) => e.key === 'k0')).toBe(false);
    expect(list[0]!.key).toBe(`k${HISTORY_LIMIT + 4}`);
  });

  test('a skill added later raises the score of every entry that missed it', async () => {
    await recordPosting(stateFor('mlops-engineer', 'https://jobs.lever.co/acme/10'));
    await recordPosting(stateFor('ml-engineer', 'https://jobs.lever.co/acme/11'));
    const before = await getHistory();
    const shared = before[0]!.missingRequired.find((id) => before[1]!.missingRequired.includes(id) || before[1]!.missingPreferred.includes(id));
    expect(shared).toBeDefined();
    const after = await rescoreHistory((skills) => engine.gap(skills, [{ id: shared!, name: shared! }]));
    for (const [i, e] of after.entries()) {
      expect(e.score).toBeGreaterThan(before[i]!.score);
      expect(e.matched).toContain(shared);
      expect([...e.missingRequired, ...e.missingPreferred]).not.toContain(shared);
    }
    // The same as the engine computes for a fresh analysis with that skill.
    const fresh = stateFor('mlops-engineer', 'https://jobs.lever.co/acme/10', [{ id: shared!, name: shared! }]);
    expect(after.find((e) => e.url.endsWith('/10'))!.score).toBe(fresh.kind === 'posting' ? fresh.analysis.gap.score : -1);
  });
});

describe('stored data that is damaged or foreign', () => {
  test('unreadable entries are set aside with the reason, the others kept', async () => {
    await recordPosting(stateFor('data-engineer', 'https://jobs.lever.co/acme/1'));
    const [good] = await getHistory();
    await historyItem.setValue([good, { key: 'x', title: 42 }, 'junk']);
    expect((await getHistory()).map((e) => e.key)).toEqual([good!.key]);
    const q = await getQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]!.reason).toMatch(/2 saved postings were unreadable/);
    expect(q[0]!.value).toEqual([{ key: 'x', title: 42 }, 'junk']);
  });

  test('a history written by a newer version is read but never written over', async () => {
    await historyItem.setValue([{ future: true }]);
    await historyItem.setMeta({ v: HISTORY_VERSION + 1 });
    expect(await getHistory()).toEqual([]);
    await expect(recordPosting(stateFor('data-engineer', 'https://jobs.lever.co/acme/1'))).rejects.toThrow(/newer version/);
    expect(await historyItem.getValue()).toEqual([{ future: true }]);
  });
});
