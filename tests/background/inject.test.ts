import { describe, expect, test } from 'vitest';
import { injectIfPosting, isClaimedPostingUrl, type InjectApi } from '../../src/background/inject';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_MARKER } from '../../src/extension-contract';
import { sites } from '../../src/page/sites';

/** Every adapter's example URLs, by kind. */
const examples = (kind: 'posting' | 'listing' | 'other') => sites.flatMap((s) => s.examples[kind].map((url) => [s.name, url] as const));

describe('isClaimedPostingUrl: where the background injects the engine', () => {
  test.each(examples('posting'))('%s posting %s', (_site, url) => {
    expect(isClaimedPostingUrl(url)).toBe(true);
  });

  test.each([...examples('listing'), ...examples('other')])('%s, not a posting: %s', (_site, url) => {
    expect(isClaimedPostingUrl(url)).toBe(false);
  });

  test.each([
    'http://www.linkedin.com/jobs/view/3999888700/', // no host permission for http
    'https://careers.example.com/jobs/123', // not a claimed site: the popup or the all-sites opt-in
    'chrome://extensions/',
    'not a url',
    undefined,
  ])('%s: no', (url) => {
    expect(isClaimedPostingUrl(url)).toBe(false);
  });
});

/** A fake scripting API: a tab where the content script runs or not. */
function fakeTab(running: boolean) {
  const calls: Array<{ files?: string[]; args?: string[] }> = [];
  const api: InjectApi = {
    scripting: {
      async executeScript(injection) {
        calls.push({ files: injection.files, args: injection.args });
        if (injection.func) {
          // What the probe sees in the tab's isolated world.
          const world: Record<symbol, unknown> = running ? { [Symbol.for(CONTENT_SCRIPT_MARKER)]: {} } : {};
          return [{ result: Symbol.for(injection.args![0]!) in world }];
        }
        return [{}];
      },
    },
  };
  return { api, calls };
}

describe('injectIfPosting', () => {
  const posting = 'https://www.linkedin.com/jobs/view/3999888700/';

  test('injects the content script on a posting where none runs', async () => {
    const { api, calls } = fakeTab(false);
    await expect(injectIfPosting(api, 7, posting)).resolves.toBe(true);
    expect(calls).toEqual([{ args: [CONTENT_SCRIPT_MARKER] }, { files: [CONTENT_SCRIPT_FILE] }]);
  });

  test('leaves a running copy alone (it follows single-page navigation itself)', async () => {
    const { api, calls } = fakeTab(true);
    await expect(injectIfPosting(api, 7, 'https://www.linkedin.com/jobs/search/?currentJobId=3999888701')).resolves.toBe(false);
    expect(calls).toHaveLength(1);
  });

  test('touches no tab whose page is not a posting (the feed, a search, a board)', async () => {
    const { api, calls } = fakeTab(false);
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/jobs/search/?keywords=ml', 'https://jobs.lever.co/northwind-ai']) {
      await expect(injectIfPosting(api, 7, url)).resolves.toBe(false);
    }
    expect(calls).toEqual([]);
  });
});
