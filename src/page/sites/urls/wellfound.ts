/** Wellfound's URLs: which show a posting, which a list (the background reads only these; the page reader is ../wellfound.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/(company\/[^/]+\/)?jobs\/\d+/.test(url.pathname);

export const wellfound = siteUrls({
  name: 'wellfound',
  hosts: ['wellfound.com', 'angel.co'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /\/(jobs|role|location)(\/|$)/.test(url.pathname),
  examples: {
    posting: [
      'https://wellfound.com/jobs/3012345-senior-machine-learning-engineer',
      'https://wellfound.com/company/northwind-ai/jobs/3012345-senior-machine-learning-engineer',
    ],
    listing: [
      'https://wellfound.com/jobs',
      'https://wellfound.com/role/machine-learning-engineer',
      'https://wellfound.com/company/northwind-ai/jobs',
    ],
    other: [
      'https://wellfound.com/company/northwind-ai',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/wellfound_role_software-engineer_listing.html',
      'tests/fixtures/pages/wellfound-posting.html',
    ],
  },
});
