import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../src/content/job-sites';
import { muteWxtAnnouncement } from '../src/content/quiet-start';
import { startContent } from '../src/content/start';

// Before WXT builds the context: keep its start-up announcement (which names the extension id)
// out of the page. See src/content/quiet-start.ts.
const restore = muteWxtAnnouncement(window, document);

/**
 * On job sites: detect the posting, analyse it, report to the background (badge, popup) and
 * highlight its skills. Also injected on demand by the popup (`/content-scripts/content.js`) on
 * other sites; a second copy replaces the first (see src/content/start.ts).
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    restore();
    startContent(ctx).catch((err: unknown) => {
      if (ctx.isValid) console.warn('[role-lens] content script stopped', err);
    });
  },
});
