/** Recruitee: <co>.recruitee.com/o/<slug>; the site's root is its board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/o\/[^/]+/.test(url.pathname);

export const recruitee = siteUrls({
  name: 'recruitee',
  hosts: ['*.recruitee.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname === '/',
  examples: {
    posting: [
      'https://northwind.recruitee.com/o/senior-machine-learning-engineer',
      'https://northwind.recruitee.com/o/senior-machine-learning-engineer/c/new',
    ],
    listing: [
      'https://northwind.recruitee.com/',
    ],
    other: [
      'https://northwind.recruitee.com/l/en/about',
    ],
    checkedOn: [],
  },
});
