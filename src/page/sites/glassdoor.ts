/**
 * Glassdoor (every country domain): /job-listing/<slug>?jl=<id> and the two-pane search
 * (/Job/<query>-jobs-SRCH_….htm) whose right pane shows one posting.
 */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

// Glassdoor's CSS-module classes carry a hash suffix ("JobDetails_jobDescription__uW_fK"): match the stem.
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]', '#JobDescriptionContainer', '.jobDescriptionContent'];
const PANE = '[class*="JobDetails_jobDetailsContainer"], [data-test="job-details"], #JDCol';

export const glassdoor: SiteAdapter = {
  name: 'glassdoor',
  matches: (url) => /(^|\.)glassdoor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  isPostingUrl: (url) => /^\/job-listing\//i.test(url.pathname) || url.searchParams.has('jl'),
  isListingUrl: (url) => /^\/Job\//i.test(url.pathname) && !url.searchParams.has('jl'),
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
};

// Checked on: tests/fixtures/pages/glassdoor-listing.html
// (https://www.glassdoor.com/job-listing/senior-machine-learning-engineer-northwind-ai-JV_IC1147401_KO0,32_KE33,45.htm?jl=1009012345678)
// and glassdoor-search-pane.html (https://www.glassdoor.com/Job/berlin-machine-learning-engineer-jobs-SRCH_IL.0,6_IC2622109_KO7,32.htm),
// modelled on Glassdoor's markup (data-test attributes, hashed JobDetails_ classes).
