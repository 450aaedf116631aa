/** Builtin's URLs: which show a posting, which a list (the background reads only these; the page reader is ../builtin.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/job\/[^/]+\/\d+/.test(url.pathname);

export const builtin = siteUrls({
  name: 'builtin',
  hosts: ['*.builtin.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs(\/|$)/.test(url.pathname),
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
