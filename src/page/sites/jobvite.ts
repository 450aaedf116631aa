/** Jobvite: jobs.jobvite.com/<co>/job/<id>; the company's board is a list. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/job\/[A-Za-z0-9]+/.test(url.pathname);

const SELECTORS = {
  description: ['.jv-job-detail-description', '.jv-wrapper .jv-job-detail'],
  title: ['.jv-header', 'h2', 'h1'],
  location: ['.jv-job-detail-meta'],
};

export const jobvite = defineSite({
  name: 'jobvite',
  hosts: ['jobs.jobvite.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/[^/]+(\/jobs)?\/?$/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://jobs.jobvite.com/northwind-ai/job/oAbC1fwX',
      'https://jobs.jobvite.com/northwind-ai/job/oAbC1fwX/apply',
    ],
    listing: [
      'https://jobs.jobvite.com/northwind-ai',
      'https://jobs.jobvite.com/northwind-ai/jobs',
    ],
    other: [],
    checkedOn: [],
  },
});
