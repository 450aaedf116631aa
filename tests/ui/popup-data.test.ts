import { NO_ACCESS_HELP } from '../../src/ui/plain-reason';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askingEarly, createBrowserPopupData } from '../../src/ui/popup-data';
import { postingState } from './helpers/fixtures';

// The parts of `browser` the fake leaves unimplemented are replaced per test.
type Writable = Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function stub(area: object, name: string, impl: (...args: unknown[]) => unknown) {
  const fn = vi.fn(impl);
  (area as Writable)[name] = fn;
  return fn;
}

describe('createBrowserPopupData', () => {
  test('asks the content script; injects it through activeTab when the tab has none, then asks again', async () => {
    let injected = false;
    const send = stub(fakeBrowser.tabs, 'sendMessage', async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return postingState;
    });
    const execute = stub(fakeBrowser.scripting, 'executeScript', async () => {
      injected = true;
      return [];
    });
    const live = await createBrowserPopupData(3).liveState(3);
    expect(live).toEqual({ ok: true, state: postingState });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/engine.js', '/content-scripts/content.js'] });
    expect(send).toHaveBeenCalledWith(3, { type: 'get-state' });
  });

  test('an injection the browser refuses becomes the reason shown', async () => {
    stub(fakeBrowser.tabs, 'sendMessage', async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    stub(fakeBrowser.scripting, 'executeScript', async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    const live = await createBrowserPopupData(3).liveState(3);
    expect(live.ok).toBe(false);
    // The browser's words are replaced by what to do about it.
    if (!live.ok) expect(live.reason).toBe(NO_ACCESS_HELP);
  });

  test('the target is ?tabId when given, and browser pages are refused before any message', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const data = createBrowserPopupData(tab.id ?? -1);
    const target = await data.target();
    expect(target).toEqual({ tabId: tab.id, url: 'chrome://settings/' });
    stub(fakeBrowser.extension, 'isAllowedFileSchemeAccess', async () => false);
    expect(await data.accessProblem(target!)).toMatch(/browser’s own pages/);
  });

  test('the background cache answers get-tab-state', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type: string; tabId: number };
      return m.type === 'get-tab-state' && m.tabId === 5 ? Promise.resolve(postingState) : undefined;
    });
    expect(await createBrowserPopupData(5).cachedState(5)).toEqual(postingState);
  });

  test('a web page is checked without asking the browser about file access; a file is', async () => {
    const fileAccess = stub(fakeBrowser.extension, 'isAllowedFileSchemeAccess', async () => false);
    const data = createBrowserPopupData(null);
    expect(await data.accessProblem({ tabId: 1, url: 'https://job-boards.greenhouse.io/alma/jobs/8369573002' })).toBeNull();
    expect(fileAccess).not.toHaveBeenCalled();
    expect(await data.accessProblem({ tabId: 1, url: 'file:///home/me/posting.html' })).toMatch(/Allow access to file URLs/);
    expect(fileAccess).toHaveBeenCalledTimes(1);
  });
});

describe('askingEarly', () => {
  /** The background's cache for tab 5, counting the questions it gets. */
  function background() {
    const asked: number[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type: string; tabId: number };
      if (m.type !== 'get-tab-state') return undefined;
      asked.push(m.tabId);
      return Promise.resolve(m.tabId === 5 ? postingState : null);
    });
    return asked;
  }

  test('with ?tabId the cached result is asked for at once, before the state asks; the state gets that answer', async () => {
    const asked = background();
    const data = askingEarly(createBrowserPopupData(5), 5);
    await vi.waitFor(() => expect(asked).toEqual([5]));
    // The tab itself is asked for once too: target() hands back the same answer.
    expect(data.target()).toBe(data.target());
    expect(await data.cachedState(5)).toEqual(postingState);
    expect(asked).toEqual([5]);
    // A later question is asked again (the early answer is not handed out twice).
    expect(await data.cachedState(5)).toEqual(postingState);
    expect(asked).toEqual([5, 5]);
  });

  test('without ?tabId the cached result of the active tab is asked for as soon as the tab is known', async () => {
    const asked = background();
    const query = stub(fakeBrowser.tabs, 'query', async () => [{ id: 9, url: 'https://jobs.lever.co/acme/1' }]);
    const data = askingEarly(createBrowserPopupData(null), null);
    await vi.waitFor(() => expect(asked).toEqual([9]));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await data.target()).toEqual({ tabId: 9, url: 'https://jobs.lever.co/acme/1' });
    expect(await data.cachedState(9)).toBeNull();
    expect(asked).toEqual([9]);
  });
});
