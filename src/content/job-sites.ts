/**
 * The job sites the content script runs on by itself. A copy of `JOB_SITE_MATCHES` in
 * wxt.config.ts (the manifest's host permissions): importing the config here would pull the build
 * tooling into the content script. tests/content/job-sites.test.ts keeps the two equal.
 */
export const CONTENT_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.indeed.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://*.glassdoor.com/*',
  '*://wellfound.com/*',
];
