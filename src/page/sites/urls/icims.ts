/** Icims's URLs: which show a posting, which a list (the background reads only these; the page reader is ../icims.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/jobs\/\d+\//.test(url.pathname);

export const icims = siteUrls({
  name: 'icims',
  hosts: ['*.icims.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs\/(search|intro)\b|^\/jobs\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://careers-northwind.icims.com/jobs/4521/senior-machine-learning-engineer/job',
      'https://careers-northwind.icims.com/jobs/4521/senior-machine-learning-engineer/job?in_iframe=1',
    ],
    listing: [
      'https://careers-northwind.icims.com/jobs/search?ss=1&searchKeyword=engineer',
      'https://careers-northwind.icims.com/jobs/intro',
    ],
    other: [
      'https://careers-northwind.icims.com/connect?back=intro',
    ],
    checkedOn: [
      '../shared/data/job_pages_html/job/icims_mercyhealth_medical-lab-scientist.html',
      'tests/fixtures/pages/icims-posting.html',
      'tests/fixtures/pages/icims-shell.html',
    ],
  },
});
