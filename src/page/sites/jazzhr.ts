/** JazzHR: <co>.applytojob.com/apply/<id>/<slug>; /apply is the board. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { jazzhr as urls, isPostingUrl } from './urls/jazzhr';

const SELECTORS = {
  description: ['#job-description', '.job-description', '.description'],
  title: ['.job-header h1', 'h1'],
  location: ['.job-attributes-container .location'],
};

export const jazzhr = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
