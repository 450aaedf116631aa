/** Jobvite: jobs.jobvite.com/<co>/job/<id>; the company's board is a list. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { jobvite as urls, isPostingUrl } from './urls/jobvite';

const SELECTORS = {
  description: ['.jv-job-detail-description', '.jv-wrapper .jv-job-detail'],
  title: ['.jv-header', 'h2', 'h1'],
  location: ['.jv-job-detail-meta'],
};

export const jobvite = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
