/** Workday: <tenant>.wd<n>.myworkdayjobs.com/<site>/job/<location>/<slug>_<req>. Other paths of a site are its board. */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

const isPostingUrl = (url: URL): boolean => /\/job\/[^/]+/.test(url.pathname);

export const workday: SiteAdapter = {
  name: 'workday',
  matches: (url) => /\.myworkday(jobs|site)\.com$/.test(url.hostname),
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname.split('/').filter(Boolean).length >= 1,
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    const root = firstWithText(doc, ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]']);
    if (!root) return null;
    return {
      root,
      title: defined(textOf(doc, ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1'])),
      // Workday pages do not name the company in the posting; the site name is the best guess.
      company: defined(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined),
      location: defined(textOf(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'])),
    };
  },
};

// Checked on: tests/fixtures/pages/workday-posting.html
// (https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Senior-ML-Engineer_R-1042), modelled on Workday's
// data-automation-id markup; https://northwind.wd5.myworkdayjobs.com/en-US/External is its board.
