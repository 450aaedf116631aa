/** Greenhouse's URLs: which show a posting, which a list (the background reads only these; the page reader is ../greenhouse.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean =>
  /^\/[^/]+\/jobs\/\d+/.test(url.pathname) || url.pathname.startsWith('/embed/job_app') || url.searchParams.has('gh_jid');

export const greenhouse = siteUrls({
  name: 'greenhouse',
  hosts: ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  examples: {
    posting: [
      'https://boards.greenhouse.io/northwindai/jobs/4012345',
      'https://job-boards.greenhouse.io/northwindai/jobs/4012345?gh_src=abc',
      'https://job-boards.eu.greenhouse.io/northwindai/jobs/4012345',
    ],
    listing: [
      'https://boards.greenhouse.io/northwindai',
      'https://job-boards.greenhouse.io/embed/job_board?for=northwindai',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/job/greenhouse_job-boards_alma_software-engineer-ii.html',
      '../shared/data/job_pages_html/listing/lever_board_mirador-therapeutics.html',
      'tests/fixtures/pages/greenhouse-classic.html',
      'tests/fixtures/pages/greenhouse-job-boards.html',
      'tests/fixtures/pages/greenhouse-board.html',
      'tests/fixtures/pages/greenhouse-fabrikam.html',
    ],
  },
});
