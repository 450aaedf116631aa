import type { SettingsRepo } from '../repos';
import { createStore } from '../store';
import { errorText } from './skill-list';

export interface PermissionsApi {
  contains(): Promise<boolean>;
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
  /** Calls back when the permission changes outside the page (browser settings); returns unwatch. */
  watch?(cb: (granted: boolean) => void): () => void;
}

export interface AllSitesModel {
  allSites: boolean;
  allSitesBusy: boolean;
  allSitesError: string | null;
}

/** The opt-in for every site: the optional host permission is the truth, the setting follows it. */
export function createAllSitesStore(permissions: PermissionsApi, settings: SettingsRepo) {
  const store = createStore<AllSitesModel>({ allSites: false, allSitesBusy: false, allSitesError: null });
  const cleanups: Array<() => void> = [];
  return {
    store,
    /** Must be called straight from the click: `permissions.request` needs the user gesture. */
    async setAllSites(enabled: boolean): Promise<void> {
      // The permission call comes first, before any await: browsers only allow it in the click.
      const pending = enabled ? permissions.request() : permissions.remove();
      store.patch({ allSitesBusy: true, allSitesError: null });
      try {
        const changed = await pending;
        const granted = enabled ? changed : !changed && (await permissions.contains());
        await settings.set({ allSites: granted });
        store.patch({ allSites: granted, allSitesError: enabled && !granted ? 'The browser did not grant access to all sites.' : null });
      } catch (err) {
        store.patch({ allSitesError: errorText(err) });
      } finally {
        store.patch({ allSitesBusy: false });
      }
    },
    async start(): Promise<void> {
      const unwatch = permissions.watch?.((on) => {
        store.patch({ allSites: on });
        void settings.set({ allSites: on });
      });
      if (unwatch) cleanups.push(unwatch);
      const allSites = await permissions.contains().catch(() => false);
      store.patch({ allSites });
      // The permission is the truth (the user can revoke it in the browser's own settings).
      const saved = await settings.get().catch(() => null);
      if (saved && saved.allSites !== allSites) await settings.set({ allSites }).catch(() => undefined);
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
    },
  };
}
