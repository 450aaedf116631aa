/** Teamtailor career sites (<co>.teamtailor.com): /jobs/<id>-<slug>; /jobs is the board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/(\w{2}\/)?jobs\/\d+/.test(url.pathname);

export const teamtailor = siteUrls({
  name: 'teamtailor',
  hosts: ['*.teamtailor.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/(\w{2}\/)?jobs\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://northwind.teamtailor.com/jobs/3456789-senior-machine-learning-engineer',
      'https://northwind.teamtailor.com/en/jobs/3456789-senior-machine-learning-engineer',
    ],
    listing: [
      'https://northwind.teamtailor.com/jobs',
      'https://northwind.teamtailor.com/en/jobs',
    ],
    other: [
      'https://northwind.teamtailor.com/people',
      'https://northwind.teamtailor.com/departments/engineering',
    ],
    checkedOn: [],
  },
});
