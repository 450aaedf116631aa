import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILES } from '../extension-contract';
import { parseMessage, parsePageState, sendToBackground, sendToTab, type PageState } from '../messages';
import { NO_ACCESS_HELP } from './plain-reason';
import { inaccessibleReason } from './restricted-urls';

/**
 * Where the popup gets its data: the background's per-tab cache and the tab's content script,
 * injected on demand through activeTab when the site has no host permission. Behind this
 * interface so the popup state can be tested with a fake.
 */
export interface PopupTarget {
  tabId: number;
  url?: string;
}

export type LiveState = { ok: true; state: PageState | null } | { ok: false; reason: string };

export interface PopupData {
  /** The tab the popup is about: `?tabId=N`, else the active tab of the current window. */
  target(): Promise<PopupTarget | null>;
  /** Why the page cannot be read (browser pages, stores, PDF viewer, file:// without permission). */
  accessProblem(target: PopupTarget): Promise<string | null>;
  /** The background's cached result for the tab, if any (fast, may be stale). */
  cachedState(tabId: number): Promise<PageState | null>;
  /** The content script's current result, injecting the script first if the tab has none. */
  liveState(tabId: number): Promise<LiveState>;
  analyzeAnyway(tabId: number): Promise<PageState | null>;
  /** True if the skill was found in the page and scrolled into view. */
  revealSkill(tabId: number, skillId: string): Promise<boolean>;
  setHighlights(tabId: number, enabled: boolean): Promise<void>;
  /** Pushed updates for the tab (the content script re-analysed: new posting, skill list edited). */
  onStateChanged(tabId: number, cb: (state: PageState | null) => void): () => void;
  openOptions(): Promise<void>;
  /** The analysed posting's text, for the "not asked here" report; null when the page has none. */
  postingText?(tabId: number): Promise<string | null>;
  openWelcome(): Promise<void>;
}

/** `?tabId=N` in the popup's URL (browser tests open `popup.html?tabId=N` in a normal tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

const NO_RECEIVER = /receiving end does not exist|could not establish connection|no matching message handler/i;

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createBrowserPopupData(tabIdParam: number | null): PopupData {
  async function askContent(tabId: number): Promise<LiveState | 'absent'> {
    try {
      const state: unknown = await sendToTab(browser, tabId, { type: 'get-state' });
      return { ok: true, state: parsePageState(state) };
    } catch (err) {
      if (NO_RECEIVER.test(String(err))) return 'absent';
      console.warn('[role-lens] the page did not answer', err);
      return { ok: false, reason: 'The page did not answer. Reload it, then open Role Lens again.' };
    }
  }

  return {
    async target() {
      if (tabIdParam !== null) {
        const tab = await browser.tabs.get(tabIdParam).catch(() => null);
        return tab ? { tabId: tabIdParam, url: tab.url } : null;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
    },

    async accessProblem(target) {
      // Asked only where it matters: one more round trip to the browser on the role list's way.
      const fileAccess = target.url?.startsWith('file:') ? await Promise.resolve(browser.extension.isAllowedFileSchemeAccess?.()).catch(() => false) : false;
      return inaccessibleReason(target.url, { fileAccess: fileAccess === true });
    },

    async cachedState(tabId) {
      try {
        const state: unknown = await sendToBackground(browser, { type: 'get-tab-state', tabId });
        return parsePageState(state);
      } catch {
        return null; // no background answer: the content script will tell us
      }
    },

    async liveState(tabId) {
      const first = await askContent(tabId);
      if (first !== 'absent') return first;
      // No content script: a site without host permission. activeTab lets us inject it now.
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPT_FILES] });
      } catch (err) {
        // Chrome's "Cannot access contents of the page…" means no host access: say how to give it.
        console.warn('[role-lens] injection failed', err);
        return { ok: false, reason: NO_ACCESS_HELP };
      }
      // The script registers its listener as it starts; give it a moment if it is not there yet.
      for (let attempt = 0; attempt < 10; attempt++) {
        const again = await askContent(tabId);
        if (again !== 'absent') return again;
        await sleep(100);
      }
      return { ok: false, reason: 'Role Lens could not start on this page. Reload it, then open Role Lens again.' };
    },

    async analyzeAnyway(tabId) {
      const state: unknown = await sendToTab(browser, tabId, { type: 'analyze-anyway' });
      return parsePageState(state);
    },

    async revealSkill(tabId, skillId) {
      try {
        // Whatever answers is another copy of our content script; only an explicit `false` says no.
        const res: unknown = await sendToTab(browser, tabId, { type: 'reveal-skill', skillId });
        return (res as { found?: unknown } | undefined)?.found !== false;
      } catch {
        return false;
      }
    },

    async setHighlights(tabId, enabled) {
      await sendToTab(browser, tabId, { type: 'set-highlights', enabled }).catch(() => undefined);
    },

    onStateChanged(tabId, cb) {
      const listener = (raw: unknown) => {
        const m = parseMessage(raw);
        if (m?.type === 'tab-state-changed' && m.tabId === tabId) cb(m.state);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },

    async openOptions() {
      await browser.runtime.openOptionsPage();
    },

    async postingText(tabId) {
      const res = (await sendToTab(browser, tabId, { type: 'get-posting-text' })) as { text?: unknown } | null | undefined;
      return typeof res?.text === 'string' ? res.text : null;
    },

    async openWelcome() {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    },
  };
}

/**
 * The tab and its cached result, asked for at once: with `?tabId=N` both questions go out
 * together, otherwise the cached result right after the active tab is known. The popup's entry
 * calls this before it renders, so that these answers are asked ahead of the storage reads.
 * `target()` then hands back the same answer, and the first `cachedState()` of that tab the
 * early one.
 */
export function askingEarly(data: PopupData, tabIdParam: number | null): PopupData {
  const target = data.target();
  // Handled here so that a failure before the popup's state awaits it is not reported as unhandled.
  target.catch(() => undefined);
  const early: Promise<{ tabId: number; state: Promise<PageState | null> } | null> =
    tabIdParam !== null
      ? Promise.resolve({ tabId: tabIdParam, state: data.cachedState(tabIdParam) })
      : target.then((t) => (t ? { tabId: t.tabId, state: data.cachedState(t.tabId) } : null), () => null);
  let handedOut = false;
  return {
    ...data,
    target: () => target,
    async cachedState(tabId) {
      const first = await early;
      if (handedOut || first?.tabId !== tabId) return data.cachedState(tabId);
      handedOut = true;
      return first.state;
    },
  };
}
