/**
 * Glassdoor (every country domain): /job-listing/<slug>?jl=<id> and the two-pane search
 * (/Job/<query>-jobs-SRCH_….htm) whose right pane shows one posting.
 */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { glassdoor as urls } from './urls/glassdoor';

// Glassdoor's CSS-module classes carry a hash suffix ("JobDetails_jobDescription__uW_fK"): match the stem.
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '[class*="JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]', '#JobDescriptionContainer', '.jobDescriptionContent'];
const PANE = '[class*="JobDetails_jobDetailsContainer"], [data-test="job-details"], #JDCol';

export const glassdoor = defineSite(urls, {
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
});
