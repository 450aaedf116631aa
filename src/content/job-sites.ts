/**
 * The job sites the content script runs on by itself, and the manifest's only host permissions
 * (wxt.config.ts imports this list). Everywhere else the popup analyses on demand (activeTab),
 * or the user opts in to all sites. LinkedIn is matched whole because it moves from the feed to
 * a posting without a page load. `https://` only: every one of these sites serves nothing else
 * (and redirects plain HTTP), so access to their `http://` pages would be a permission unused.
 */
export const CONTENT_MATCHES = [
  'https://*.linkedin.com/*',
  'https://*.indeed.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://jobs.ashbyhq.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://apply.workable.com/*',
  'https://*.glassdoor.com/*',
  'https://wellfound.com/*',
];
