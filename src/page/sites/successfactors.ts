/** SAP SuccessFactors career sites: ?career_job_req_id=<id> (classic) or /job/<slug>/<id>/ (Recruiting Marketing) is one posting; /career and /search are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => url.searchParams.has('career_job_req_id') || /^\/job\/[^/]+\/\d+/.test(url.pathname);

const SELECTORS = {
  description: ['.jobdescription', '[data-careersite-propertyid="description"]', '.joqReqDescription', '#job-description'],
  title: ['[data-careersite-propertyid="title"]', 'h1'],
  location: ['[data-careersite-propertyid="city"]'],
};

export const successfactors = defineSite({
  name: 'successfactors',
  hosts: ['*.successfactors.com', '*.successfactors.eu', '*.sapsf.com', '*.sapsf.eu'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/(career|sfcareer|search)\b/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://career5.successfactors.eu/career?company=northwind&career_job_req_id=12345&career_ns=job_listing',
      'https://jobs.sapsf.com/job/Berlin-Senior-ML-Engineer/987654321/',
    ],
    listing: [
      'https://career5.successfactors.eu/career?company=northwind&career_ns=job_listing_summary',
      'https://jobs.sapsf.com/search/?q=engineer',
    ],
    other: [
      'https://performancemanager5.successfactors.eu/sf/login?company=northwind',
    ],
    checkedOn: [],
  },
});
