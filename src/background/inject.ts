import { CONTENT_SCRIPT_FILES, CONTENT_SCRIPT_MARKER } from '../extension-contract';
import { isClaimedPostingUrl } from '../content/posting-url';

export { isClaimedPostingUrl };

/**
 * The content script and the engine it needs (/engine.js, with its data: ~370 KB together) run
 * only where a job site shows a posting: the background injects them when a tab of a claimed
 * site loads a posting URL, or moves to one without a page load (LinkedIn from the feed to a
 * job, a two-pane search opening one). Every other page of those sites (the feed, searches,
 * boards) gets no extension script at all. The URL tests are the site adapters' own
 * (src/content/posting-url.ts), the in-page detection still decides.
 */

export interface InjectApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files?: string[];
      func?: (key: string) => unknown;
      args?: string[];
      injectImmediately?: boolean;
    }): Promise<Array<{ result?: unknown }>>;
  };
}

/** Retries of a failed injection, with the wait before each (ms). */
export const INJECT_RETRIES = [250, 750, 2000];

/** What injection reads of a tab (`pendingUrl`: Chrome's address of a navigation not yet committed). */
export interface TabNow {
  url?: string;
  status?: string;
  pendingUrl?: string;
}

/**
 * Whether the tab's document is the one its address names: loaded, or loading once the
 * navigation has committed (the injected script then runs while the document is still parsed,
 * see `injectIfPosting`).
 */
export function committed(tab: TabNow): boolean {
  return tab.status === 'complete' || (tab.status === 'loading' && tab.pendingUrl === undefined);
}

/**
 * `injectIfPosting` for the tab as it is now, retried a few times when the browser refuses (a
 * frame not ready yet right after the extension starts, a document being replaced): each retry
 * reads the tab again, so a tab that moved on is judged by its new URL.
 */
export async function injectWithRetry(
  api: InjectApi,
  currentTab: () => Promise<TabNow | null>,
  tabId: number,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  inject: typeof injectIfPosting = injectIfPosting,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const tab = await currentTab();
    if (!tab || !committed(tab)) return false;
    // Right after the extension is installed or started, the tab's address may not be visible to
    // it yet (host access not applied): ask again rather than take the page for a non-posting.
    if (tab.url === undefined) {
      const delay = INJECT_RETRIES[attempt];
      if (delay === undefined) return false;
      await wait(delay);
      continue;
    }
    try {
      return await inject(api, tabId, tab.url);
    } catch (err) {
      const delay = INJECT_RETRIES[attempt];
      if (delay === undefined) throw err;
      await wait(delay);
    }
  }
}

/** When, after the background starts, it looks over the open tabs (ms from start). */
export const STARTUP_SWEEPS = [0, 1500, 5000];

/**
 * Postings already open when the extension starts (installed, updated, or the browser restored
 * its tabs) get the engine too: their load events came before the background listened. Right
 * after an install, Chromium can also drop the first tab events while it applies the host
 * permissions (seen in the browser tests: a posting loading then got no onUpdated at all), so
 * the open tabs are looked over again a little later. Injection is idempotent (the marker probe).
 */
export async function sweepOpenTabs(
  completeTabIds: () => Promise<number[]>,
  injectInto: (tabId: number) => void,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  let waited = 0;
  for (const at of STARTUP_SWEEPS) {
    await wait(at - waited);
    waited = at;
    for (const id of await completeTabIds()) injectInto(id);
  }
}

/**
 * `injectIfPosting`, one at a time a tab: a tab's events come in bursts (committed, then loaded),
 * and a second call waits for the first, then finds its copy running instead of injecting one
 * more. Only the probe and the injection are serialised: an attempt waiting to retry holds up no
 * other.
 */
export function oneAtATime(inject: typeof injectIfPosting = injectIfPosting): typeof injectIfPosting {
  const running = new Map<number, Promise<boolean>>();
  return (api, tabId, url) => {
    const before = running.get(tabId);
    const mine = before ? before.catch(() => false).then(() => inject(api, tabId, url)) : inject(api, tabId, url);
    running.set(tabId, mine);
    const release = () => {
      if (running.get(tabId) === mine) running.delete(tabId);
    };
    mine.then(release, release);
    return mine;
  };
}

/**
 * Injects the content script into the tab's top frame unless a copy already runs there (the
 * running copy follows single-page navigation itself). Resolves to whether it injected.
 * Runs in the content script's isolated world, where its marker (src/content/start.ts) lives.
 *
 * Both scripts run as soon as the document exists (`injectImmediately`), not at document_idle,
 * which Chromium puts off until the page has loaded or is idle (measured on saved LinkedIn and
 * Greenhouse postings: the probe alone came back 300–770 ms after the navigation committed). The
 * engine unpacks and storage answers while the page is parsed; the content script reads the
 * posting once the document is parsed (src/content/start.ts).
 */
export async function injectIfPosting(api: InjectApi, tabId: number, url: string | undefined): Promise<boolean> {
  if (!isClaimedPostingUrl(url)) return false;
  const [probe] = await api.scripting.executeScript({
    target: { tabId },
    // Serialised into the page: it can use nothing but its argument.
    func: (key: string) => Symbol.for(key) in globalThis,
    args: [CONTENT_SCRIPT_MARKER],
    injectImmediately: true,
  });
  if (probe?.result === true) return false;
  await api.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPT_FILES], injectImmediately: true });
  return true;
}
