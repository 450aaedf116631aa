import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly, publishEarlyAnswers, type EarlyApi } from '../src/ui/popup-early';

/**
 * /popup-early.js: the popup's first questions, asked before its modules have loaded (see
 * src/ui/popup-early.ts). Firefox's own `browser` and Chrome's `chrome` both answer with promises;
 * read off `globalThis` so that WXT does not import its `browser` (the polyfill) here.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: EarlyApi & { runtime: { id?: string } }; chrome: EarlyApi };
  const api = g.browser?.runtime.id ? g.browser : g.chrome;
  publishEarlyAnswers(() => askEarly(api, location.search));
});
