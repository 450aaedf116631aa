/** iCIMS hosted career sites (<co>.icims.com): /jobs/<id>/<slug>/job; /jobs/search and /jobs/intro are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/jobs\/\d+\//.test(url.pathname);

const SELECTORS = {
  description: ['.iCIMS_JobContent', '#iCIMS_JobContent', '.iCIMS_InfoMsg_Job'],
  title: ['.iCIMS_Header', 'h1'],
  location: ['.iCIMS_JobHeaderTag dd'],
};

export const icims = defineSite({
  name: 'icims',
  hosts: ['*.icims.com'],
  isPostingUrl,
  isListingUrl: (url) => /^\/jobs\/(search|intro)\b|^\/jobs\/?$/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
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
