/** Ashby's URLs: which show a posting, which a list (the background reads only these; the page reader is ../ashby.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27,}(\/|$)/i.test(url.pathname);

export const ashby = siteUrls({
  name: 'ashby',
  hosts: ['jobs.ashbyhq.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  examples: {
    posting: [
      'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11',
      'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11/application',
    ],
    listing: [
      'https://jobs.ashbyhq.com/northwind-ai',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/job/ashby_stickermule_ai-agent-engineer.html',
      'tests/fixtures/pages/ashby-posting.html',
    ],
  },
});
