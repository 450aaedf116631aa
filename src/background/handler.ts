import type { Message, MessageOf, PageState, ResponseOf } from '../messages';
import { applyBadge, type BadgeApi } from './badge';
import { samePage, stateUrl, type TabStates } from './tab-states';

/**
 * The background's one message handler plus the tab bookkeeping: a tab's result is replaced when
 * its content script reports, dropped when the tab goes to another page or closes, and mirrored
 * on the toolbar badge.
 */

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export interface BackgroundDeps {
  states: TabStates;
  badge: BadgeApi;
  /** background → extension pages (the popup, if open). */
  notify(message: Message): Promise<unknown>;
  /** A tab reported a result (the posting history records it; src/background/history.ts). */
  onPosting?(state: PageState): Promise<void>;
  /**
   * Whether the user's skill list is empty (the badge then marks a posting without a score), for
   * a report that does not say (a content script of an older version).
   */
  emptyList?: () => Promise<boolean>;
}

export interface Background {
  /** Undefined for messages that are not for the background (so another listener may answer). */
  handle(message: Message, sender: Sender): Promise<unknown> | undefined;
  onTabRemoved(tabId: number): Promise<void>;
  /**
   * `tabs.onUpdated` with a URL change or a new load. `url` is undefined when the browser hides
   * it (no host permission for that page): the old result is dropped then.
   */
  onTabNavigated(tabId: number, url: string | undefined): Promise<void>;
}

export function createBackground(deps: BackgroundDeps): Background {
  const { states } = deps;

  const publish = async (tabId: number, state: PageState | null, listEmpty?: boolean) => {
    const emptyList = state?.kind !== 'posting' ? false : (listEmpty ?? (deps.emptyList ? await deps.emptyList().catch(() => false) : false));
    await applyBadge(deps.badge, tabId, state, { emptyList }).catch(() => {
      // The tab closed in between.
    });
    await deps.notify({ type: 'tab-state-changed', tabId, state }).catch(() => {
      // No popup open: nobody listens, which is normal.
    });
  };

  const pageState = async ({ state, skillListEmpty }: MessageOf<'page-state'>, sender: Sender): Promise<ResponseOf<'page-state'>> => {
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab (the script runs in the top frame only anyway).
    if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return undefined;
    // The badge does not wait for the result to be stored (the popup reads it from there later).
    await Promise.all([states.set(tabId, state), publish(tabId, state, skillListEmpty)]);
    await deps.onPosting?.(state);
    return undefined;
  };

  return {
    handle(message, sender) {
      switch (message.type) {
        case 'page-state':
          return pageState(message, sender);
        case 'get-tab-state':
          return states.get(message.tabId) satisfies Promise<ResponseOf<'get-tab-state'>>;
        default:
          return undefined;
      }
    },
    async onTabRemoved(tabId) {
      await states.delete(tabId);
    },
    async onTabNavigated(tabId, url) {
      const state = await states.get(tabId);
      if (!state) return;
      // A single-page site may already have reported the new URL before this event arrives.
      if (samePage(stateUrl(state), url)) return;
      await states.delete(tabId);
      await publish(tabId, null);
    },
  };
}
