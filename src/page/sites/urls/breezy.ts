/** Breezy's URLs: which show a posting, which a list (the background reads only these; the page reader is ../breezy.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/p\/[^/]+/.test(url.pathname);

export const breezy = siteUrls({
  name: 'breezy',
  hosts: ['*.breezy.hr'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname === '/',
  examples: {
    posting: [
      'https://northwind.breezy.hr/p/1a2b3c4d5e6f-senior-machine-learning-engineer',
      'https://northwind.breezy.hr/p/1a2b3c4d5e6f-senior-machine-learning-engineer/apply',
    ],
    listing: [
      'https://northwind.breezy.hr/',
    ],
    other: [
      'https://app.breezy.hr/signin',
    ],
    checkedOn: [],
  },
});
