/** Breezy HR: <co>.breezy.hr/p/<id>-<slug>; the root is the board. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { breezy as urls, isPostingUrl } from './urls/breezy';

const SELECTORS = {
  description: ['.description', '.job-description'],
  title: ['.banner h1', 'h1'],
  location: ['.location'],
};

export const breezy = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
