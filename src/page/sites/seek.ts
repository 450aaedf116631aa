/** SEEK (Australia, New Zealand): /job/<id>, and the split-view search whose `jobId` opens one posting beside the list. The page's state (window.SEEK_REDUX_DATA) holds the posting before it renders; the app-state reader reads it. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/job\/\d+/.test(url.pathname) || url.searchParams.has('jobId');

const SELECTORS = {
  description: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'],
  title: ['[data-automation="job-detail-title"]', 'h1'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
};

export const seek = defineSite({
  name: 'seek',
  hosts: ['*.seek.com.au', '*.seek.co.nz'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /(^\/jobs|-jobs)([-/]|$)/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://www.seek.com.au/job/81234567',
      'https://www.seek.com.au/machine-learning-engineer-jobs/in-All-Melbourne-VIC?jobId=81234567&type=standard',
      'https://www.seek.co.nz/job/81234567?ref=recom-homepage',
    ],
    listing: [
      'https://www.seek.com.au/project-support-officer-jobs/in-All-Sydney-NSW',
      'https://www.seek.com.au/jobs?keywords=data+scientist',
      'https://www.seek.co.nz/jobs-in-information-communication-technology',
    ],
    other: [
      'https://www.seek.com.au/companies/atlassian-432306',
      'https://www.seek.com.au/career-advice/article/how-to-write-a-resume',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/seek_au_serp_project-support-officer-sydney.html',
      'tests/fixtures/pages/seek-posting.html',
    ],
  },
});
