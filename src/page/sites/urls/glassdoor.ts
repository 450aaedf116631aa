/** Glassdoor's URLs: which show a posting, which a list (the background reads only these; the page reader is ../glassdoor.ts). */
import { siteUrls } from '../types';

export const glassdoor = siteUrls({
  name: 'glassdoor',
  hosts: ['*.glassdoor.com', '*.glassdoor.co.uk', '*.glassdoor.ca', '*.glassdoor.de', '*.glassdoor.fr', '*.glassdoor.co.in', '*.glassdoor.com.au'],
  isPostingUrl: (url) => /^\/job-listing\//i.test(url.pathname) || url.searchParams.has('jl'),
  isListingUrl: (url) => /^\/Job\/.*SRCH_/i.test(url.pathname) && !url.searchParams.has('jl'),
  examples: {
    posting: [
      'https://www.glassdoor.com/job-listing/senior-ml-engineer-northwind-ai-JV_IC2622109_KO0,18_KE19,31.htm?jl=1009012345678',
      'https://www.glassdoor.co.uk/Job/london-ml-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,18.htm?jl=1009012345678',
    ],
    listing: [
      'https://www.glassdoor.com/Job/berlin-ml-engineer-jobs-SRCH_IL.0,6_IC2622109_KO7,18.htm',
    ],
    other: [
      'https://www.glassdoor.com/Reviews/Northwind-Reviews-E12345.htm',
      'https://www.glassdoor.co.uk/Job/index.htm',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/negative/glassdoor_uk_jobs-landing.html',
      'tests/fixtures/pages/glassdoor-listing.html',
    ],
  },
});
