/** Workable's URLs: which show a posting, which a list (the background reads only these; the page reader is ../workable.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/j\/[A-Z0-9]+|^\/view\/[A-Za-z0-9]+/i.test(url.pathname);

export const workable = siteUrls({
  name: 'workable',
  hosts: ['apply.workable.com', 'jobs.workable.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  examples: {
    posting: [
      'https://apply.workable.com/northwind-ai/j/3F7A9C21B4/',
      'https://jobs.workable.com/view/qQ2rT7mN8sXy1VbC3dEfGh/remote-senior-ml-engineer-in-berlin-at-northwind-ai',
    ],
    listing: [
      'https://apply.workable.com/northwind-ai/',
      'https://jobs.workable.com/search?query=software+engineer&remote=true',
      'https://jobs.workable.com/',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/listing/workable_jobs-by-workable_remote-swe_serp.html',
      'tests/fixtures/pages/workable-posting.html',
    ],
  },
});
