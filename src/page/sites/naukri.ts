/** Naukri: /job-listings-<slug>-<id>; /<keywords>-jobs and /<keywords>-jobs-in-<place> are searches. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { naukri as urls, isPostingUrl } from './urls/naukri';

const SELECTORS = {
  description: ['[class*="JDC__dang-inner-html"]', '[class*="dang-inner-html"]', '.job-desc', '.jd-desc'],
  title: ['h1'],
  company: ['[class*="jd-header-comp-name"] a'],
};

export const naukri = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
