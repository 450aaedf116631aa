/**
 * Indeed (every country domain): /viewjob?jk=… and the two-pane search (/jobs?q=…&vjk=…, or a
 * rendered right pane) where the pane shows one posting. We treat a search page with an open
 * pane as a posting: the user is reading that job. Without a pane it is a list.
 */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { indeed as urls } from './urls/indeed';

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

export const indeed = defineSite(urls, {
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
});
