/** Successfactors's URLs: which show a posting, which a list (the background reads only these; the page reader is ../successfactors.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => url.searchParams.has('career_job_req_id') || /^\/job\/[^/]+\/\d+/.test(url.pathname);

export const successfactors = siteUrls({
  name: 'successfactors',
  hosts: ['*.successfactors.com', '*.successfactors.eu', '*.sapsf.com', '*.sapsf.eu'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/(career|sfcareer|search)\b/.test(url.pathname),
  examples: {
    posting: [
      'https://career5.successfactors.eu/career?company=northwind&career_job_req_id=12345&career_ns=job_listing',
      'https://jobs.sapsf.com/job/Berlin-Senior-ML-Engineer/987654321/',
    ],
    listing: [
      'https://career5.successfactors.eu/career?company=northwind&career_ns=job_listing_summary',
      'https://jobs.sapsf.com/search/?q=engineer',
    ],
    other: [
      'https://performancemanager5.successfactors.eu/sf/login?company=northwind',
    ],
    checkedOn: [],
  },
});
