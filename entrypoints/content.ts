import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../src/content/job-sites';
import { muteWxtAnnouncement } from '../src/content/quiet-start';
import { startContent } from '../src/content/start';

// Before WXT builds the context: keep its start-up announcement (which names the extension id)
// out of the page. See src/content/quiet-start.ts.
const restore = muteWxtAnnouncement(window, document);

/**
 * Where a job site shows a posting: detect it, analyse it, report to the background (badge,
 * popup) and highlight its skills. Not in the manifest: the background injects it on the job
 * sites' posting URLs only (src/background/inject.ts), the popup on demand on other pages, the
 * all-sites opt-in registers it; a second copy replaces the first (see src/content/start.ts).
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    restore();
    startContent(ctx).catch((err: unknown) => {
      if (ctx.isValid) console.warn('[role-lens] content script stopped', err);
    });
  },
});
