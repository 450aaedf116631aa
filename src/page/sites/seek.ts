/** SEEK (Australia, New Zealand): /job/<id>, and the split-view search whose `jobId` opens one posting beside the list. The page's state (window.SEEK_REDUX_DATA) holds the posting before it renders; the app-state reader reads it. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { seek as urls, isPostingUrl } from './urls/seek';

const SELECTORS = {
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'],
  title: ['[data-automation="job-detail-title"]', 'h1'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
};

export const seek = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
