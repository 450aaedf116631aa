/** iCIMS hosted career sites (<co>.icims.com): /jobs/<id>/<slug>/job; /jobs/search and /jobs/intro are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { icims as urls, isPostingUrl } from './urls/icims';

const SELECTORS = {
  description: ['.iCIMS_JobContent', '#iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
  title: ['.iCIMS_Header', 'h1'],
  location: ['.iCIMS_JobHeaderTag dd'],
};

export const icims = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
