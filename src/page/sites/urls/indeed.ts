/** Indeed's URLs: which show a posting, which a list (the background reads only these; the page reader is ../indeed.ts). */
import { siteUrls } from '../types';

export const indeed = siteUrls({
  name: 'indeed',
  hosts: ['*.indeed.com', '*.indeed.co.uk', '*.indeed.ca', '*.indeed.de', '*.indeed.fr', '*.indeed.com.au'],
  isPostingUrl: (url) =>
    /\/(m\/)?(viewjob|rc\/clk|pagead\/clk)/.test(url.pathname) || url.searchParams.has('vjk') || url.searchParams.has('jk'),
  isListingUrl: (url) => /^\/(m\/)?jobs\b|^\/q-.*-jobs\.html$|^\/jobs-in-/.test(url.pathname) && !url.searchParams.has('vjk'),
  examples: {
    posting: [
      'https://www.indeed.com/viewjob?jk=877a31af4a15e83f',
      'https://de.indeed.com/jobs?q=ml&l=Berlin&vjk=a1b2c3d4e5f60718',
      'https://uk.indeed.com/rc/clk?jk=a1b2c3d4e5f60718',
    ],
    listing: [
      'https://www.indeed.com/jobs?q=ml&l=Remote',
      'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html',
    ],
    other: [
      'https://www.indeed.com/cmp/Northwind-Ai/reviews',
      'https://www.indeed.com/career-advice/resumes-cover-letters',
    ],
    checkedOn: [
      '../shared/data/job_pages_html/job/indeed_au_senior-devops-engineer.html',
      '../shared/data/job_pages_html/job/indeed_us_it-software-developer-iii_mwd.html',
      '../shared/data/job_pages_html/job/indeed_us_software-engineer-data-engineering.html',
      '../shared/data/job_pages_html/listing/indeed_eg_serp_with-job-pane.html',
      '../shared/data/job_pages_html/negative/indeed_cloudflare_just-a-moment.html',
      'tests/fixtures/pages/indeed-viewjob.html',
      'tests/fixtures/pages/indeed-serp-pane.html',
      'tests/fixtures/pages/indeed-serp-list.html',
      'tests/fixtures/pages/indeed-about.html',
    ],
  },
});
