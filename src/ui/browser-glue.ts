import { browser } from 'wxt/browser';
import { ALL_SITES } from '../extension-contract';
import type { PermissionsApi } from './options-state';

/** The optional host permission behind the "analyse all sites" opt-in (see wxt.config.ts). */
export const ALL_SITES_PERMISSION = { origins: [ALL_SITES] };

export const allSitesPermission: PermissionsApi = {
  contains: () => browser.permissions.contains(ALL_SITES_PERMISSION),
  request: () => browser.permissions.request(ALL_SITES_PERMISSION),
  remove: () => browser.permissions.remove(ALL_SITES_PERMISSION),
  watch(cb) {
    const recheck = () => void browser.permissions.contains(ALL_SITES_PERMISSION).then(cb, () => undefined);
    browser.permissions.onAdded.addListener(recheck);
    browser.permissions.onRemoved.addListener(recheck);
    return () => {
      browser.permissions.onAdded.removeListener(recheck);
      browser.permissions.onRemoved.removeListener(recheck);
    };
  },
};

/** Saves text as a file through a temporary object URL (no `downloads` permission needed). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
