import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getQuarantine } from '../../src/storage/items';
import { getNotAsked, notAskedItem, setNotAsked } from '../../src/storage/not-asked';
import { EMPTY_NOT_ASKED, MAX_POSTINGS, notAskedIds, notAskedKey, withMark, withoutMark } from '../../src/storage/not-asked-model';

beforeEach(() => {
  fakeBrowser.reset();
});

const LINKEDIN = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=ml%20engineer&refId=abc';
const GREENHOUSE = 'https://boards.greenhouse.io/acme/jobs/4242?gh_src=linkedin#app';

describe('the posting key', () => {
  test('names the posting, not the tracking around it', () => {
    expect(notAskedKey(LINKEDIN, 'Senior ML Engineer')).toBe('www.linkedin.com/jobs/search/?currentJobId=4012345678|senior ml engineer');
    expect(notAskedKey(GREENHOUSE, 'Data Scientist')).toBe(notAskedKey('https://boards.greenhouse.io/acme/jobs/4242', 'Data Scientist'));
    expect(notAskedKey('not a url', undefined)).toBe('not a url|');
  });
});

describe('marks', () => {
  test('per posting and for good; undo removes either', () => {
    const key = notAskedKey(GREENHOUSE, 'Data Scientist');
    let marks = withMark(EMPTY_NOT_ASKED, key, { title: 'Data Scientist', url: GREENHOUSE }, 'sql', 'posting', '2026-03-01T10:00:00.000Z');
    marks = withMark(marks, key, {}, 'leadership', 'never', '2026-03-01T10:01:00.000Z');
    expect([...notAskedIds(marks, key)].sort()).toEqual(['leadership', 'sql']);
    expect([...notAskedIds(marks, 'elsewhere|')]).toEqual(['leadership']);
    marks = withoutMark(marks, key, 'sql');
    marks = withoutMark(marks, key, 'leadership');
    expect(marks).toEqual(EMPTY_NOT_ASKED);
  });

  test('only the newest postings are kept', () => {
    let marks = EMPTY_NOT_ASKED;
    for (let i = 0; i < MAX_POSTINGS + 5; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      marks = withMark(marks, `jobs.example.com/${i}|`, {}, 'sql', 'posting', at);
    }
    const keys = Object.keys(marks.postings);
    expect(keys).toHaveLength(MAX_POSTINGS);
    expect(keys).not.toContain('jobs.example.com/0|');
    expect(keys).toContain(`jobs.example.com/${MAX_POSTINGS + 4}|`);
  });
});

describe('the stored item', () => {
  test('round trip, validated', async () => {
    const marks = withMark(EMPTY_NOT_ASKED, 'k|', { title: 'T' }, 'sql', 'posting', '2026-03-01T10:00:00.000Z');
    await setNotAsked(marks);
    expect(await getNotAsked()).toEqual(marks);
    await expect(setNotAsked({ postings: {}, never: ['Not An Id!'] })).rejects.toThrow();
  });

  test('unreadable marks are set aside with the reason, and an empty set starts', async () => {
    await notAskedItem.setValue({ postings: { 'k|': { skills: 'sql' } }, never: [] });
    expect(await getNotAsked()).toEqual(EMPTY_NOT_ASKED);
    const q = await getQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]!.key).toBe('local:notAsked');
    expect(q[0]!.reason).toContain('not asked here');
    expect(q[0]!.value).toEqual({ postings: { 'k|': { skills: 'sql' } }, never: [] });
  });

  test('read-only readers (content scripts) set nothing aside', async () => {
    await notAskedItem.setValue('garbage');
    expect(await getNotAsked({ readOnly: true })).toEqual(EMPTY_NOT_ASKED);
    expect(await getQuarantine()).toEqual([]);
  });

  test('marks written by a newer version are never written over', async () => {
    const newer = { postings: {}, never: ['sql'], ranking: { sql: 3 } };
    await notAskedItem.setValue(newer);
    await notAskedItem.setMeta({ v: 2 });
    expect(await getNotAsked()).toEqual(EMPTY_NOT_ASKED);
    await expect(setNotAsked(withMark(EMPTY_NOT_ASKED, 'k|', {}, 'python', 'never', '2026-03-01T10:00:00.000Z'))).rejects.toThrow(/newer version/);
    expect(await notAskedItem.getValue()).toEqual(newer);
    expect((await getQuarantine())[0]!.reason).toContain('newer version');
  });
});
