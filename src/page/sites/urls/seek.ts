/** Seek's URLs: which show a posting, which a list (the background reads only these; the page reader is ../seek.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/job\/\d+/.test(url.pathname) || url.searchParams.has('jobId');

export const seek = siteUrls({
  name: 'seek',
  hosts: ['*.seek.com.au', '*.seek.co.nz'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /(^\/jobs|-jobs)([-/]|$)/.test(url.pathname),
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
