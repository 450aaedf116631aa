/** Dice's URLs: which show a posting, which a list (the background reads only these; the page reader is ../dice.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/job-detail\/[0-9a-f-]{8,}/i.test(url.pathname);

export const dice = siteUrls({
  name: 'dice',
  hosts: ['*.dice.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs(\/|$)/.test(url.pathname),
  examples: {
    posting: [
      'https://www.dice.com/job-detail/6c1f7b2e-9a4d-4e8b-b3c2-5d6e7f8a9b0c',
      'https://www.dice.com/job-detail/6c1f7b2e-9a4d-4e8b-b3c2-5d6e7f8a9b0c?searchlink=search%2F',
    ],
    listing: [
      'https://www.dice.com/jobs/q-web+developer-l-remote-jobs',
      'https://www.dice.com/jobs?q=machine%20learning&location=Remote',
    ],
    other: [
      'https://www.dice.com/career-advice/how-to-write-a-resume',
      'https://www.dice.com/company-profile/northwind-ai',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/dice_search-jobs_serp.html',
    ],
  },
});
