import { readFileSync } from 'node:fs';
import { act } from 'preact/test-utils';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBundledEngine } from '../../src/core/bundled';
import { HistoryOptions } from '../../src/ui/HistoryOptions';
import { getHistory, getHistoryOn, recordPosting } from '../../src/storage/history';
import { click, installDom, mount, settle, text } from './helpers/dom';

installDom();
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

test('the options say where the history is kept and its cap, turn it off, and clear it', async () => {
  const posting = readFileSync(new URL('../fixtures/postings/data-engineer.txt', import.meta.url), 'utf8');
  const analysis = getBundledEngine().analyze({ text: posting, source: 'text' }, []);
  await recordPosting({ kind: 'posting', posting: { url: 'https://jobs.lever.co/acme/1', source: 'lever' }, analysis });
  const asked: string[] = [];
  const m = await mount(<HistoryOptions confirm={(q) => (asked.push(q), true)} />);
  await settle();
  const card = m.byTestId('history-options')!;
  expect(text(card)).toContain('in this browser’s extension storage only, never synced');
  expect(text(card)).toContain('Up to 1,000 postings');
  expect(m.byTestId('history-options-open')?.getAttribute('href')).toBe('postings.html');

  const box = m.byTestId('history-options-on') as HTMLInputElement;
  box.checked = false;
  await act(() => void box.dispatchEvent(new window.Event('change', { bubbles: true })));
  await settle();
  expect(await getHistoryOn()).toBe(false);

  await click(m.byTestId('history-options-clear')!);
  await settle();
  expect(asked).toHaveLength(1);
  expect(await getHistory()).toEqual([]);
});
