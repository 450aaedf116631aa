/**
 * Indeed (every country domain): /viewjob?jk=… and the two-pane search (/jobs?q=…&vjk=…, or a
 * rendered right pane) where the pane shows one posting. We treat a search page with an open
 * pane as a posting: the user is reading that job. Without a pane it is a list.
 */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

const PANE = '#jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane, .jobsearch-ViewJobLayout, .jobsearch-JobComponent';
const DESCRIPTION = [
  '#jobsearch-ViewjobPaneWrapper #jobDescriptionText',
  '.jobsearch-RightPane #jobDescriptionText',
  '.jobsearch-JobComponent #jobDescriptionText',
  '#jobDescriptionText',
  '.jobsearch-jobDescriptionText',
];
const TITLE = [
  '.jobsearch-JobInfoHeader-title',
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  'h1',
  'h2',
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '.jobsearch-JobInfoHeader-companyNameLink',
  '.jobsearch-CompanyInfoWithoutHeaderImage a',
  '.jobsearch-InlineCompanyRating div',
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '#jobLocationText',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
];

/** Indeed appends a screen-reader " - job post" to the title heading. */
const cleanTitle = (title: string | undefined): string | undefined => title?.replace(/\s*[-–]\s*job post\s*$/i, '');

export const indeed = defineSite({
  name: 'indeed',
  hosts: ['*.indeed.com', '*.indeed.co.uk', '*.indeed.ca', '*.indeed.de', '*.indeed.fr', '*.indeed.com.au'],
  isPostingUrl: (url) =>
    /\/(m\/)?(viewjob|rc\/clk|pagead\/clk)/.test(url.pathname) || url.searchParams.has('vjk') || url.searchParams.has('jk'),
  isListingUrl: (url) => /^\/(m\/)?jobs\b|^\/q-.*-jobs\.html$|^\/jobs-in-/.test(url.pathname) && !url.searchParams.has('vjk'),
  read(doc) {
    const root = firstWithText(doc, DESCRIPTION);
    if (!root) return null;
    // On the two-pane search the page's own h1 is "<query> jobs in <place>": read the pane's header.
    const pane = root.closest(PANE) ?? doc;
    return {
      root,
      title: defined(cleanTitle(textOf(pane, TITLE))),
      company: defined(textOf(pane, COMPANY)),
      location: defined(textOf(pane, LOCATION)),
    };
  },
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
