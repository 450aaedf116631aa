import type { MessageOf } from '../messages';

/**
 * The popup's first questions, asked by /popup-early.js (entrypoints/popup-early.ts), a small
 * classic script the popup page loads `async`: it runs as soon as it is read, while the popup's
 * modules and stylesheets are still loading (the module script waits for all of them), so the
 * answers travel meanwhile. It uses the browser's own promise-based API (`browser` in Firefox,
 * `chrome` in Chrome's Manifest V3), without the polyfill, which lives in the shared chunk.
 * Nothing here imports code at run time: the script stays a few hundred bytes.
 */

/** The subset of the extension API the first questions need (the native one, or the polyfill). */
export interface EarlyApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    query(q: { active: true; currentWindow: true }): Promise<Array<{ id?: number; url?: string }>>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export interface EarlyTarget {
  tabId: number;
  url?: string;
}

export interface EarlyAnswers {
  /** The tab the popup is about (`?tabId=N`, else the active tab), null when there is none. */
  target: Promise<EarlyTarget | null>;
  /** The background's cached result for that tab, as it came (parsed by the popup), or null. */
  cached: Promise<{ tabId: number; raw: Promise<unknown> } | null>;
}

/** `?tabId=N` in the popup's URL (browser tests open `popup.html?tabId=N` in a normal tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab the popup is about: `?tabId=N`, else the active tab of the current window. */
export async function askTarget(api: EarlyApi, tabIdParam: number | null): Promise<EarlyTarget | null> {
  if (tabIdParam !== null) {
    const tab = await api.tabs.get(tabIdParam).catch(() => null);
    return tab ? { tabId: tabIdParam, url: tab.url } : null;
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, url: tab.url };
}

/** The background's cached result for a tab, unparsed. */
export function askCached(api: EarlyApi, tabId: number): Promise<unknown> {
  const message: MessageOf<'get-tab-state'> = { type: 'get-tab-state', tabId };
  return api.runtime.sendMessage(message);
}

/**
 * Both questions at once: with `?tabId=N` they go out together, otherwise the cached result
 * right after the active tab is known. Every promise is handled here, so that one failing before
 * the popup awaits it is not reported as unhandled.
 */
export function askEarly(api: EarlyApi, search: string): EarlyAnswers {
  const tabIdParam = tabIdFromSearch(search);
  const target = askTarget(api, tabIdParam);
  target.catch(() => undefined);
  const withRaw = (tabId: number) => {
    const raw = askCached(api, tabId);
    raw.catch(() => undefined);
    return { tabId, raw };
  };
  const cached = tabIdParam !== null ? Promise.resolve(withRaw(tabIdParam)) : target.then((t) => (t ? withRaw(t.tabId) : null), () => null);
  return { target, cached };
}

/** Where /popup-early.js leaves its answers for the popup's modules: a global of this page. */
const SLOT = Symbol.for('role-lens.popup-early-answers');
type Slot = { [SLOT]?: EarlyAnswers | null };

/** Called by /popup-early.js: asks, unless the popup's modules already ran (then they asked). */
export function publishEarlyAnswers(ask: () => EarlyAnswers): void {
  const slot = globalThis as Slot;
  if (slot[SLOT] === undefined) slot[SLOT] = ask();
}

/**
 * Called once by the popup: the early answers, or null when the early script has not run (then
 * the popup asks itself, and the script, should it run later, does not ask again).
 */
export function takeEarlyAnswers(): EarlyAnswers | null {
  const slot = globalThis as Slot;
  const answers = slot[SLOT] ?? null;
  slot[SLOT] = null;
  return answers;
}
