/** Kenexa BrassRing (IBM/Infinite): the job detail is /TGnewUI/Search/home/HomeWithPreLoad?…&jobid=<id> or a #jobDetails=<id> hash; the rest of /TGnewUI/Search is the list. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { brassring as urls, isPostingUrl } from './urls/brassring';

const SELECTORS = {
  description: ['.jobDetailsContent', '.jobdescription', '[ng-bind-html*="JobDescription"]'],
  title: ['.jobtitleInJobDetails', 'h1'],
};

export const brassring = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
