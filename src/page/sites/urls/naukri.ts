/** Naukri's URLs: which show a posting, which a list (the background reads only these; the page reader is ../naukri.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/job-listings-/.test(url.pathname);

export const naukri = siteUrls({
  name: 'naukri',
  hosts: ['*.naukri.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/[^/]*-jobs(-in-[^/]+)?\/?$|^\/jobs-in-/.test(url.pathname),
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
