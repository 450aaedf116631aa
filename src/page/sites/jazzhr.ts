/** JazzHR: <co>.applytojob.com/apply/<id>/<slug>; /apply is the board. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/apply\/[A-Za-z0-9]{6,}\/[^/]+/.test(url.pathname);

const SELECTORS = {
  description: ['#job-description', '.job-description', '.description'],
  title: ['.job-header h1', 'h1'],
  location: ['.job-attributes-container .location'],
};

export const jazzhr = defineSite({
  name: 'jazzhr',
  hosts: ['*.applytojob.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/apply\/?(jobs\/?)?$/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://northwind.applytojob.com/apply/AbC123xYz9/Senior-Machine-Learning-Engineer',
    ],
    listing: [
      'https://northwind.applytojob.com/apply',
      'https://northwind.applytojob.com/apply/jobs/',
    ],
    other: [
      'https://northwind.applytojob.com/',
    ],
    checkedOn: [],
  },
});
