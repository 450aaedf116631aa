/** Ashby: jobs.ashbyhq.com/<co>/<uuid> (the /application tab too). jobs.ashbyhq.com/<co> is the board. */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27,}(\/|$)/i.test(url.pathname);

export const ashby: SiteAdapter = {
  name: 'ashby',
  matches: (url) => url.hostname === 'jobs.ashbyhq.com',
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    // Ashby's CSS-module class names carry a hash suffix ("_descriptionText_oj0x8_198"): match the stem.
    const root = firstWithText(doc, ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane [class*="description"]', '.ashby-job-posting-right-pane']);
    if (!root) return null;
    const company = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
    return {
      root,
      title: defined(textOf(doc, ['.ashby-job-posting-heading', 'h1'])),
      company: defined(company),
      location: defined(textOf(doc, ['.ashby-job-posting-left-pane [class*="_section_"] p', '[class*="_location_"]'])),
    };
  },
};

// Checked on: tests/fixtures/pages/ashby-posting.html
// (https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11), modelled on Ashby's posting markup
// (.ashby-job-posting-heading, hashed _descriptionText_ class); https://jobs.ashbyhq.com/northwind-ai is its board.
