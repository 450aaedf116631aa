/** Jobvite's URLs: which show a posting, which a list (the background reads only these; the page reader is ../jobvite.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/job\/[A-Za-z0-9]+/.test(url.pathname);

export const jobvite = siteUrls({
  name: 'jobvite',
  hosts: ['jobs.jobvite.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/[^/]+(\/jobs)?\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://jobs.jobvite.com/northwind-ai/job/oAbC1fwX',
      'https://jobs.jobvite.com/northwind-ai/job/oAbC1fwX/apply',
    ],
    listing: [
      'https://jobs.jobvite.com/northwind-ai',
      'https://jobs.jobvite.com/northwind-ai/jobs',
    ],
    other: [],
    checkedOn: [],
  },
});
