/** Stepstone's URLs: which show a posting, which a list (the background reads only these; the page reader is ../stepstone.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /--\d+-inline\.html$|^\/job\/[^/]+\/[^/]*job\d+/.test(url.pathname);

export const stepstone = siteUrls({
  name: 'stepstone',
  hosts: ['*.stepstone.de', '*.stepstone.at', '*.stepstone.be', '*.stepstone.nl', '*.stepstone.fr', '*.totaljobs.com', '*.cwjobs.co.uk'],
  isPostingUrl,
  isListingUrl: (url) => /^\/(jobs|work|5\/ergebnisliste\.html)(\/|$)/.test(url.pathname),
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
