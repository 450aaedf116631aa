/** Monster's URLs: which show a posting, which a list (the background reads only these; the page reader is ../monster.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/job-openings?\//.test(url.pathname) || (url.pathname.startsWith('/jobs/') && url.searchParams.has('id'));

export const monster = siteUrls({
  name: 'monster',
  hosts: ['*.monster.com', '*.monster.co.uk', '*.monster.de', '*.monster.fr', '*.monster.ca'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/jobs(\/|$)/.test(url.pathname),
  examples: {
    posting: [
      'https://www.monster.com/job-openings/senior-machine-learning-engineer-remote--7b1e2c3d-4f5a-4b6c-8d9e-0f1a2b3c4d5e',
      'https://www.monster.com/jobs/search?q=ml+engineer&where=remote&id=7b1e2c3d-4f5a-4b6c-8d9e-0f1a2b3c4d5e',
    ],
    listing: [
      'https://www.monster.com/jobs/search?q=ml+engineer&where=remote',
      'https://www.monster.co.uk/jobs/q-data-scientist-jobs',
    ],
    other: [
      'https://www.monster.com/career-advice/article/resume-tips',
      'https://www.monster.com/company/northwind-ai',
    ],
    checkedOn: [],
  },
});
