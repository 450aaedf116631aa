import type { PageState } from '../messages';

/**
 * The latest result of each tab: in memory, mirrored to `storage.session` when the browser has
 * it, because a Manifest V3 service worker is stopped after ~30 s idle and loses its memory.
 * `storage.session` stays in memory, is not written to disk, and is not readable by content
 * scripts (default access level: trusted contexts only).
 */

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabStates {
  get(tabId: number): Promise<PageState | null>;
  set(tabId: number, state: PageState): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Bytes one tab's result may take in `storage.session` (10 MB for all tabs together in Chrome).
 * Content scripts already keep results small; a larger one (an older copy of the script, a
 * posting naming thousands of skills) is stored without its mentions, which only the page uses.
 */
export const SESSION_ITEM_BUDGET = 256 * 1024;

/** The state as stored: within the budget, or null when even the slim copy is not. */
export function sessionCopy(state: PageState): PageState | null {
  if (JSON.stringify(state).length <= SESSION_ITEM_BUDGET) return state;
  if (state.kind !== 'posting') return null;
  const slim: PageState = { ...state, analysis: { ...state.analysis, skills: state.analysis.skills.map((s) => ({ ...s, mentions: [] })) } };
  return JSON.stringify(slim).length <= SESSION_ITEM_BUDGET ? slim : null;
}

export function createTabStates(session: SessionArea | undefined): TabStates {
  const memory = new Map<number, PageState>();
  return {
    async get(tabId) {
      const hit = memory.get(tabId);
      if (hit) return hit;
      if (!session) return null;
      try {
        const stored = (await session.get(keyOf(tabId)))[keyOf(tabId)];
        if (!stored || typeof stored !== 'object') return null;
        // Written by this same code; restored after a service-worker restart.
        const state = stored as PageState;
        memory.set(tabId, state);
        return state;
      } catch {
        return null;
      }
    },
    async set(tabId, state) {
      memory.set(tabId, state);
      if (!session) return;
      const copy = sessionCopy(state);
      try {
        if (!copy) throw new Error('result too large for session storage');
        await session.set({ [keyOf(tabId)]: copy });
      } catch {
        // Quota (10 MB) reached or too large: memory alone serves this worker's life, and the
        // tab's older result is dropped, so a restarted worker never shows it for this page.
        await session.remove(keyOf(tabId)).catch(() => undefined);
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      await session?.remove(keyOf(tabId)).catch(() => {});
    },
  };
}

/** The URL a state belongs to. */
export function stateUrl(state: PageState): string | undefined {
  return state.kind === 'posting' ? state.posting.url : state.url;
}

/** Same page, ignoring the fragment (in-page anchors do not change the posting). */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.split('#')[0] === b.split('#')[0];
}
