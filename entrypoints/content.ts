import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../src/content/job-sites';
import { startContent } from '../src/content/start';

/**
 * On job sites: detect the posting, analyse it, report to the background (badge, popup) and
 * highlight its skills. Also injected on demand by the popup (`/content-scripts/content.js`) on
 * other sites; a second copy replaces the first (see src/content/start.ts).
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx).catch((err: unknown) => {
      if (ctx.isValid) console.warn('[role-lens] content script stopped', err);
    });
  },
});
