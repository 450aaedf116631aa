/** Smartrecruiters's URLs: which show a posting, which a list (the background reads only these; the page reader is ../smartrecruiters.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/\d{6,}/.test(url.pathname);

export const smartrecruiters = siteUrls({
  name: 'smartrecruiters',
  hosts: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  examples: {
    posting: [
      'https://jobs.smartrecruiters.com/NorthwindAI/744000012345678-senior-machine-learning-engineer',
    ],
    listing: [
      'https://jobs.smartrecruiters.com/NorthwindAI',
      'https://careers.smartrecruiters.com/NorthwindAI',
    ],
    other: [],
    checkedOn: [
      'tests/fixtures/pages/smartrecruiters-posting.html',
    ],
  },
});
