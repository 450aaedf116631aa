/** XING: /jobs/<place>-<slug>-<id>; /jobs/search and /jobs/find are searches. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/jobs\/[^/]+-\d{5,}\/?$/.test(url.pathname);

export const xing = siteUrls({
  name: 'xing',
  hosts: ['*.xing.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs\/(search|find)\b|^\/jobs\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://www.xing.com/jobs/berlin-senior-machine-learning-engineer-123456789',
    ],
    listing: [
      'https://www.xing.com/jobs/search?keywords=machine%20learning&location=Berlin',
      'https://www.xing.com/jobs/find',
    ],
    other: [
      'https://www.xing.com/profile/Jane_Doe',
      'https://www.xing.com/pages/northwind-ai',
    ],
    checkedOn: [],
  },
});
