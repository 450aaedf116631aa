/** Dover: app.dover.com/apply/<co>/<uuid> is one posting; app.dover.com/jobs/<co> is the board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/apply\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27,}/i.test(url.pathname);

export const dover = siteUrls({
  name: 'dover',
  hosts: ['app.dover.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs\/[^/]+\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://app.dover.com/apply/Northwind%20AI/9e8d7c6b-5a49-4382-9170-a1b2c3d4e5f6',
      'https://app.dover.com/apply/northwind-ai/9e8d7c6b-5a49-4382-9170-a1b2c3d4e5f6/?rs=42',
    ],
    listing: [
      'https://app.dover.com/jobs/northwind-ai',
    ],
    other: [
      'https://app.dover.com/login',
    ],
    checkedOn: [],
  },
});
