/** Built In: /job/<slug>/<id>; /jobs/… are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/job\/[^/]+\/\d+/.test(url.pathname);

const SELECTORS = {
  description: ['#job-post-body', '[id^="job-post-body"]', '.job-description'],
  title: ['h1'],
  company: ['[data-id="company-title"]', '.company-title'],
};

export const builtin = defineSite({
  name: 'builtin',
  hosts: ['*.builtin.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs(\/|$)/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://builtin.com/job/senior-machine-learning-engineer/3456789',
      'https://builtin.com/job/data-scientist-ii/3456790?utm_source=x',
    ],
    listing: [
      'https://builtin.com/jobs',
      'https://builtin.com/jobs/remote/data-analytics/machine-learning',
    ],
    other: [
      'https://builtin.com/company/northwind-ai',
      'https://builtin.com/articles/what-is-mlops',
    ],
    checkedOn: [],
  },
});
