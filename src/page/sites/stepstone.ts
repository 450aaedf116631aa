/** StepStone and its sister boards (Totaljobs, CWJobs): postings are /stellenangebote--…--<id>-inline.html (StepStone) or /job/<slug>/<company>-job<id> (Totaljobs); /jobs/… and /work/… are searches. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /--\d+-inline\.html$|^\/job\/[^/]+\/[^/]*job\d+/.test(url.pathname);

const SELECTORS = {
  description: ['[data-at="job-ad-content"]', '[data-testid="job-ad-content"]', '.js-app-ld-ContentBlock', '.job-ad-display'],
  title: ['[data-at="header-job-title"]', 'h1'],
  company: ['[data-at="metadata-company-name"]'],
  location: ['[data-at="metadata-location"]'],
};

export const stepstone = defineSite({
  name: 'stepstone',
  hosts: ['*.stepstone.de', '*.stepstone.at', '*.stepstone.be', '*.stepstone.nl', '*.stepstone.fr', '*.totaljobs.com', '*.cwjobs.co.uk'],
  isPostingUrl,
  isListingUrl: (url) => /^\/(jobs|work|5\/ergebnisliste\.html)(\/|$)/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://www.stepstone.de/stellenangebote--Senior-Machine-Learning-Engineer-Duesseldorf-Northwind-AI--12345678-inline.html',
      'https://www.totaljobs.com/job/machine-learning-engineer/northwind-ai-job104567890',
    ],
    listing: [
      'https://www.stepstone.de/jobs/software-engineer/in-40210',
      'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3',
      'https://www.cwjobs.co.uk/jobs/data-scientist/in-london',
    ],
    other: [
      'https://www.stepstone.de/cmp/de/northwind-ai-123456/jobs',
      'https://www.totaljobs.com/careers-advice',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/stepstone_de_serp_software-engineer-40210.html',
      '../shared/data/job_pages_more/listing/totaljobs_uk_sponsorship-jobs_serp.html',
    ],
  },
});
