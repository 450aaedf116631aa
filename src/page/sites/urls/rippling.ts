/** Rippling ATS: ats.rippling.com/<co>/jobs/<uuid>; /<co>/jobs is the board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/jobs\/[0-9a-f]{8}-[0-9a-f-]{27,}/i.test(url.pathname);

export const rippling = siteUrls({
  name: 'rippling',
  hosts: ['ats.rippling.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/[^/]+\/jobs\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://ats.rippling.com/northwind-ai/jobs/4f3e2d1c-0b9a-4887-a665-544332211000',
    ],
    listing: [
      'https://ats.rippling.com/northwind-ai/jobs',
    ],
    other: [
      'https://ats.rippling.com/',
    ],
    checkedOn: [],
  },
});
