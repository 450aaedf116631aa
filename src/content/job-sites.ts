/**
 * The job sites the content script runs on by itself, and the manifest's only host permissions
 * (wxt.config.ts imports this list). Everywhere else the popup analyses on demand (activeTab),
 * or the user opts in to all sites. LinkedIn is matched whole because it moves from the feed to
 * a posting without a page load.
 */
export const CONTENT_MATCHES = [
  '*://*.linkedin.com/*',
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
