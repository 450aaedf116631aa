/** Built In: /job/<slug>/<id>; /jobs/… are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { builtin as urls, isPostingUrl } from './urls/builtin';

const SELECTORS = {
  description: ['#job-post-body', '[id^="job-post-body"]', '.job-description'],
  title: ['h1'],
  company: ['[data-id="company-title"]', '.company-title'],
};

export const builtin = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
