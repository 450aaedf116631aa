/** Naukri: /job-listings-<slug>-<id>; /<keywords>-jobs and /<keywords>-jobs-in-<place> are searches. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/job-listings-/.test(url.pathname);

const SELECTORS = {
  description: ['[class*="JDC__dang-inner-html"]', '[class*="dang-inner-html"]', '.job-desc', '.jd-desc'],
  title: ['h1'],
  company: ['[class*="jd-header-comp-name"] a'],
};

export const naukri = defineSite({
  name: 'naukri',
  hosts: ['*.naukri.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/[^/]*-jobs(-in-[^/]+)?\/?$|^\/jobs-in-/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://www.naukri.com/job-listings-machine-learning-engineer-northwind-ai-bengaluru-3-to-6-years-120825012345',
    ],
    listing: [
      'https://www.naukri.com/ai-engineer-jobs?k=ai%20engineer&jobAge=3',
      'https://www.naukri.com/data-scientist-jobs-in-bangalore',
    ],
    other: [
      'https://www.naukri.com/northwind-ai-overview-123456',
      'https://www.naukri.com/mnjuser/profile',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/naukri_ai-engineer_serp_loading-shell.html',
      'tests/fixtures/pages/naukri-serp.html',
    ],
  },
});
