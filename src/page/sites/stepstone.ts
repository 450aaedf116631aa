/** StepStone and its sister boards (Totaljobs, CWJobs): postings are /stellenangebote--…--<id>-inline.html (StepStone) or /job/<slug>/<company>-job<id> (Totaljobs); /jobs/… and /work/… are searches. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { stepstone as urls, isPostingUrl } from './urls/stepstone';

const SELECTORS = {
  description: ['[data-at="job-ad-content"]', '[data-testid="job-ad-content"]', '.js-app-ld-ContentBlock', '.job-ad-display'],
  title: ['[data-at="header-job-title"]', 'h1'],
  company: ['[data-at="metadata-company-name"]'],
  location: ['[data-at="metadata-location"]'],
};

export const stepstone = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
