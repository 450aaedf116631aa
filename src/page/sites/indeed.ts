/**
 * Indeed (every country domain): /viewjob?jk=… and the two-pane search (/jobs?q=…&vjk=…, or a
 * rendered right pane) where the pane shows one posting. We treat a search page with an open
 * pane as a posting: the user is reading that job. Without a pane it is a list.
 */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

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

export const indeed: SiteAdapter = {
  name: 'indeed',
  matches: (url) => /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
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
};

// Checked on:
// - https://au.indeed.com/viewjob?jk=54f1f8af68d722d2 (job/indeed_au_senior-devops-engineer.html, has JSON-LD)
// - https://www.indeed.com/viewjob?jk=b34ff7b3eca9bbfd (job/indeed_us_it-software-developer-iii_mwd.html, no JSON-LD, expired)
// - https://www.indeed.com/viewjob?jk=877a31af4a15e83f (job/indeed_us_software-engineer-data-engineering.html)
// - https://eg.indeed.com/jobs?q=frontend&l=Egypt (listing/indeed_eg_serp_with-job-pane.html: pane open → posting)
// - tests/fixtures/pages/indeed-viewjob.html, indeed-serp-pane.html, indeed-serp-list.html
