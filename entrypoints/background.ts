import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '../src/messages';
import { getSkillsReadOnly } from '../src/storage/items';
import { syncAllSitesScript, type AllSitesApi } from '../src/background/all-sites';
import type { BadgeApi } from '../src/background/badge';
import { createBackground } from '../src/background/handler';
import { recordHistory } from '../src/background/history';
import { injectWithRetry, oneAtATime, sweepOpenTabs, type InjectApi, type TabNow } from '../src/background/inject';
import { createTabStates, type SessionArea } from '../src/background/tab-states';
import { openWelcomeOnInstall, type WelcomeApi } from '../src/background/welcome';

/** Per-tab results, the toolbar badge, the all-sites opt-in, and the one typed message handler. */
export default defineBackground(() => {
  openWelcomeOnInstall(browser.runtime as unknown as WelcomeApi, (url) => browser.tabs.create({ url }));
  // MV3 has `action`; Firefox MV2 only `browserAction`.
  const badge = (browser.action ?? (browser as unknown as { browserAction: BadgeApi }).browserAction) as BadgeApi;
  const session = (browser.storage as { session?: SessionArea }).session;
  const background = createBackground({
    states: createTabStates(session),
    badge,
    notify: (message) => browser.runtime.sendMessage(message),
    onPosting: recordHistory,
    emptyList: async () => (await getSkillsReadOnly()).length === 0,
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    return message ? background.handle(message, sender) : undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
  const scripting = browser as unknown as InjectApi;
  const inject = oneAtATime();
  const injectInto = (tabId: number, seen?: TabNow) => {
    // The tab as its event gave it serves the first look (one round trip to the browser less on
    // the way to the badge); retries read it afresh.
    let first = seen;
    const current = async () => {
      const tab = first;
      first = undefined;
      return tab ?? browser.tabs.get(tabId).catch(() => null);
    };
    injectWithRetry(scripting, current, tabId, undefined, inject).catch((err: unknown) => {
      // The tab closed or navigated on in between, or the browser refused (an error page).
      console.debug('[role-lens] no injection', err);
    });
  };
  const completeTabIds = async () => (await browser.tabs.query({ status: 'complete' })).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  sweepOpenTabs(completeTabIds, injectInto).catch((err: unknown) => console.debug('[role-lens] tab sweep', err));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined) void background.onTabNavigated(tabId, change.url);
    else if (change.status === 'loading') void background.onTabNavigated(tabId, tab.url);
    // A posting page has committed (the script runs while the page is parsed: navigation →
    // badge), has loaded, or the tab moved to one without a load.
    if (change.url !== undefined || change.status === 'complete') injectInto(tabId, tab);
  });

  // The browser's API types differ slightly between Chrome and Firefox; the subset used is common.
  const allSites = browser as unknown as AllSitesApi;
  const syncAllSites = () => void syncAllSitesScript(allSites).catch((err: unknown) => console.warn('[role-lens] all-sites script', err));
  syncAllSites();
  browser.permissions.onAdded.addListener(syncAllSites);
  browser.permissions.onRemoved.addListener(syncAllSites);
});
