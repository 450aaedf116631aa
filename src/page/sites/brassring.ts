/** Kenexa BrassRing (IBM/Infinite): the job detail is /TGnewUI/Search/home/HomeWithPreLoad?…&jobid=<id> or a #jobDetails=<id> hash; the rest of /TGnewUI/Search is the list. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => url.searchParams.has('jobid') || /jobDetails=\d+/.test(url.hash);

const SELECTORS = {
  description: ['.jobDetailsContent', '.jobdescription', '[ng-bind-html*="JobDescription"]'],
  title: ['.jobtitleInJobDetails', 'h1'],
};

export const brassring = defineSite({
  name: 'brassring',
  hosts: ['*.brassring.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/TGnewUI\/Search\//i.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25678&siteid=5275&PageType=JobDetails&jobid=654321',
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#jobDetails=654321_5275',
    ],
    listing: [
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#home',
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#keyWordSearch=engineer',
    ],
    other: [
      'https://sjobs.brassring.com/TGnewUI/Profile/Login',
    ],
    checkedOn: [],
  },
});
