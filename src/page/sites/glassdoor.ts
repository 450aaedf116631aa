/**
 * Glassdoor (every country domain): /job-listing/<slug>?jl=<id> and the two-pane search
 * (/Job/<query>-jobs-SRCH_….htm) whose right pane shows one posting.
 */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

// Glassdoor's CSS-module classes carry a hash suffix ("JobDetails_jobDescription__uW_fK"): match the stem.
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]', '#JobDescriptionContainer', '.jobDescriptionContent'];
const PANE = '[class*="JobDetails_jobDetailsContainer"], [data-test="job-details"], #JDCol';

export const glassdoor = defineSite({
  name: 'glassdoor',
  hosts: ['*.glassdoor.com', '*.glassdoor.co.uk', '*.glassdoor.ca', '*.glassdoor.de', '*.glassdoor.fr', '*.glassdoor.co.in', '*.glassdoor.com.au'],
  isPostingUrl: (url) => /^\/job-listing\//i.test(url.pathname) || url.searchParams.has('jl'),
  isListingUrl: (url) => /^\/Job\/.*SRCH_/i.test(url.pathname) && !url.searchParams.has('jl'),
  read(doc) {
    const root = firstWithText(doc, DESCRIPTION);
    if (!root) return null;
    const pane = root.closest(PANE) ?? doc;
    return {
      root,
      title: defined(textOf(pane, ['[data-test="job-title"]', '[class*="JobDetails_jobTitle"]', 'h1'])),
      company: defined(textOf(pane, ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'])),
      location: defined(textOf(pane, ['[data-test="location"]', '[class*="JobDetails_location"]'])),
    };
  },
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
