/** Personio job pages (<co>.jobs.personio.de / .com): /job/<id>; the root is the board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/job\/\d+/.test(url.pathname);

export const personio = siteUrls({
  name: 'personio',
  hosts: ['*.jobs.personio.de', '*.jobs.personio.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname === '/',
  examples: {
    posting: [
      'https://northwind.jobs.personio.de/job/1234567?language=en',
      'https://northwind.jobs.personio.com/job/1234567',
    ],
    listing: [
      'https://northwind.jobs.personio.de/',
      'https://northwind.jobs.personio.com/?language=en',
    ],
    other: [
      'https://northwind.jobs.personio.de/privacy-policy',
    ],
    checkedOn: [],
  },
});
