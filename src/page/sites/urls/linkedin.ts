/** Linkedin's URLs: which show a posting, which a list (the background reads only these; the page reader is ../linkedin.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/jobs\/view\/[^/]+/.test(url.pathname) || (url.pathname.startsWith('/jobs') && url.searchParams.has('currentJobId'));

export const linkedin = siteUrls({
  name: 'linkedin',
  hosts: ['*.linkedin.com'],
  isPostingUrl,
  isListingUrl: (url) => url.pathname.startsWith('/jobs') && !isPostingUrl(url),
  examples: {
    posting: [
      'https://www.linkedin.com/jobs/view/3999888700/',
      'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
      'https://www.linkedin.com/jobs/search/?currentJobId=3999888700&keywords=ml',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999888700',
    ],
    listing: ['https://www.linkedin.com/jobs/search/?keywords=ml', 'https://www.linkedin.com/jobs/collections/recommended/', 'https://www.linkedin.com/jobs/rust-developer-jobs-san-francisco-bay-area'],
    other: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/search/results/people/?keywords=ml'],
    checkedOn: [
      '../shared/data/job_pages_html/job/linkedin_au_senior-software-engineer-heidi.html',
      '../shared/data/job_pages_html/listing/linkedin_guest_jobs-search_india.html',
      '../shared/data/job_pages_more/job/linkedin_loggedin_jobview_flow-traders_graduate-data-engineer.html',
      '../shared/data/job_pages_more/job/linkedin_loggedin_two-pane-search_swe-nyc_with-details.html',
      '../shared/data/job_pages_more/job/linkedin_loggedin_two-pane-search_it_magazziniere-lecco.html',
      '../shared/data/job_pages_more/listing/linkedin_loggedin_two-pane-search_joblist-fragment.html',
      '../shared/data/job_pages_more/listing/linkedin_guest_serp_rust-developer-sf.html',
      '../shared/data/job_pages_more/negative/linkedin_loggedin_feed.html',
      'tests/fixtures/pages/linkedin-guest-view.html',
      'tests/fixtures/pages/linkedin-search-pane.html',
      'tests/fixtures/pages/linkedin-signed-in.html',
      'tests/fixtures/pages/linkedin-view-styled.html',
      'tests/fixtures/pages/linkedin-search-styled.html',
      'tests/fixtures/pages/linkedin-people-search.html',
    ],
  },
});
