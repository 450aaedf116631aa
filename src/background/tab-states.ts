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
      await session?.set({ [keyOf(tabId)]: state }).catch(() => {
        // Quota (10 MB) or no session storage: memory alone still serves this worker's life.
      });
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
