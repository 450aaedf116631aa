/** SAP SuccessFactors career sites: ?career_job_req_id=<id> (classic) or /job/<slug>/<id>/ (Recruiting Marketing) is one posting; /career and /search are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { successfactors as urls, isPostingUrl } from './urls/successfactors';

const SELECTORS = {
  description: ['.jobdescription', '[data-careersite-propertyid="description"]', '.joqReqDescription', '#job-description'],
  title: ['[data-careersite-propertyid="title"]', 'h1'],
  location: ['[data-careersite-propertyid="city"]'],
};

export const successfactors = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
