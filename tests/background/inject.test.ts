import { describe, expect, test } from 'vitest';
import { INJECT_RETRIES, STARTUP_SWEEPS, injectIfPosting, injectWithRetry, isClaimedPostingUrl, oneAtATime, sweepOpenTabs, type InjectApi } from '../../src/background/inject';
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
  /** Whether every injection ran at once rather than waiting for the page to be idle. */
  let immediate = true;
  const api: InjectApi = {
    scripting: {
      async executeScript(injection) {
        calls.push({ files: injection.files, args: injection.args });
        immediate &&= injection.injectImmediately === true;
        if (injection.func) {
          // What the probe sees in the tab's isolated world.
          const world: Record<symbol, unknown> = running ? { [Symbol.for(CONTENT_SCRIPT_MARKER)]: {} } : {};
          return [{ result: Symbol.for(injection.args![0]!) in world }];
        }
        // The injected script starts and sets its marker.
        await Promise.resolve();
        running = true;
        return [{}];
      },
    },
  };
  return {
    api,
    calls,
    get immediate() {
      return immediate;
    },
  };
}

describe('injectIfPosting', () => {
  const posting = 'https://www.linkedin.com/jobs/view/3999888700/';

  test('injects the content script on a posting where none runs, without waiting for the page to be idle', async () => {
    const tab = fakeTab(false);
    await expect(injectIfPosting(tab.api, 7, posting)).resolves.toBe(true);
    expect(tab.calls).toEqual([{ args: [CONTENT_SCRIPT_MARKER] }, { files: ['/engine.js', '/content-scripts/content.js'] }]);
    expect(tab.immediate).toBe(true);
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

describe('injectWithRetry', () => {
  const posting = 'https://job-boards.greenhouse.io/northwind/jobs/4001';

  test('retries when the browser refuses at first, and reads the tab again each time', async () => {
    let refusals = 2;
    const files: string[][] = [];
    const api: InjectApi = {
      scripting: {
        async executeScript(injection) {
          if (refusals > 0) {
            refusals--;
            throw new Error('Frame with ID 0 was removed.');
          }
          if (injection.files) files.push(injection.files);
          return [{ result: false }];
        },
      },
    };
    const waits: number[] = [];
    let reads = 0;
    const tab = async () => (reads++, { url: posting, status: 'complete' });
    await expect(injectWithRetry(api, tab, 3, async (ms) => void waits.push(ms))).resolves.toBe(true);
    expect(files).toEqual([['/engine.js', '/content-scripts/content.js']]);
    expect(waits).toEqual(INJECT_RETRIES.slice(0, 2));
    expect(reads).toBe(3);
  });

  test('gives up after the last retry, and never injects into a tab that moved on or has not committed its navigation', async () => {
    const refusing: InjectApi = { scripting: { executeScript: () => Promise.reject(new Error('refused')) } };
    await expect(injectWithRetry(refusing, async () => ({ url: posting, status: 'complete' }), 3, async () => {})).rejects.toThrow('refused');
    const { api, calls } = fakeTab(false);
    // Still showing the old page while the posting loads: the script would land in the old document.
    await expect(injectWithRetry(api, async () => ({ url: 'https://www.linkedin.com/feed/', pendingUrl: posting, status: 'loading' }), 3)).resolves.toBe(false);
    await expect(injectWithRetry(api, async () => ({ url: posting, pendingUrl: 'https://www.linkedin.com/feed/', status: 'loading' }), 3)).resolves.toBe(false);
    await expect(injectWithRetry(api, async () => ({ url: 'https://www.linkedin.com/feed/', status: 'complete' }), 3)).resolves.toBe(false);
    await expect(injectWithRetry(api, async () => null, 3)).resolves.toBe(false);
    expect(calls).toEqual([]);
  });

  test('a burst of events for one tab (committed, then loaded) injects one copy; another tab is not held up', async () => {
    const { api, calls } = fakeTab(false);
    const other = fakeTab(false);
    const inject = oneAtATime();
    const tab = async () => ({ url: posting, status: 'loading' });
    const results = await Promise.all([
      injectWithRetry(api, tab, 3, async () => {}, inject),
      injectWithRetry(api, async () => ({ url: posting, status: 'complete' }), 3, async () => {}, inject),
      injectWithRetry(other.api, tab, 4, async () => {}, inject),
    ]);
    expect(results).toEqual([true, false, true]);
    expect(calls.filter((c) => c.files)).toHaveLength(1);
    expect(other.calls.filter((c) => c.files)).toHaveLength(1);
  });

  test('injects into a posting still loading once its navigation committed (the browser runs it when the document is ready)', async () => {
    const { api, calls } = fakeTab(false);
    await expect(injectWithRetry(api, async () => ({ url: posting, status: 'loading' }), 3)).resolves.toBe(true);
    expect(calls).toEqual([{ args: [CONTENT_SCRIPT_MARKER] }, { files: ['/engine.js', '/content-scripts/content.js'] }]);
  });

  test('a tab whose address is not visible yet (just after install) is asked again, not skipped', async () => {
    const { api, calls } = fakeTab(false);
    const seen = [{ status: 'complete' }, { status: 'complete' }, { url: posting, status: 'complete' }];
    const waits: number[] = [];
    await expect(injectWithRetry(api, async () => seen.shift() ?? null, 3, async (ms) => void waits.push(ms))).resolves.toBe(true);
    expect(waits).toEqual(INJECT_RETRIES.slice(0, 2));
    expect(calls.some((c) => c.files?.includes(CONTENT_SCRIPT_FILE))).toBe(true);
    // Never visible: given up after the retries, nothing injected.
    const never = fakeTab(false);
    await expect(injectWithRetry(never.api, async () => ({ status: 'complete' }), 3, async () => {})).resolves.toBe(false);
    expect(never.calls).toEqual([]);
  });
});

describe('sweepOpenTabs', () => {
  test('a posting that finished loading after the first look is found by a later one', async () => {
    // The posting (tab 7) completes while the extension is still being installed and its events
    // are lost; the restored tab (tab 2) was complete from the start.
    const snapshots = [[2], [2, 7], [2, 7]];
    const injected: number[] = [];
    const waits: number[] = [];
    await sweepOpenTabs(
      async () => snapshots.shift() ?? [],
      (id) => void injected.push(id),
      async (ms) => void waits.push(ms),
    );
    expect(injected).toEqual([2, 2, 7, 2, 7]);
    // Waits are relative: together they reach the last scheduled look.
    expect(waits.reduce((a, b) => a + b, 0)).toBe(STARTUP_SWEEPS.at(-1));
    expect(STARTUP_SWEEPS.length).toBeGreaterThan(1);
  });
});
