/** Breezy HR: <co>.breezy.hr/p/<id>-<slug>; the root is the board. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/p\/[^/]+/.test(url.pathname);

const SELECTORS = {
  description: ['.description', '.job-description'],
  title: ['.banner h1', 'h1'],
  location: ['.location'],
};

export const breezy = defineSite({
  name: 'breezy',
  hosts: ['*.breezy.hr'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname === '/',
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
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
