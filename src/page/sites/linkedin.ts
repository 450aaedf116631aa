/**
 * LinkedIn: the public (guest) /jobs/view/<slug>-<id> page and the logged-in two-pane views
 * (/jobs/search, /jobs/collections/…) whose right pane shows the posting named by `currentJobId`.
 * A search page without `currentJobId` is a list, even when a preview pane is rendered.
 */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

const isPostingUrl = (url: URL): boolean =>
  /^\/jobs\/view\/[^/]+/.test(url.pathname) || (url.pathname.startsWith('/jobs') && url.searchParams.has('currentJobId'));

// Logged-in pane first: on /jobs/search the cards also carry description snippets.
const DESCRIPTION = [
  '.jobs-search__job-details #job-details',
  '.jobs-search__job-details .jobs-description__content',
  '.jobs-details #job-details',
  '#job-details',
  '.jobs-description__content',
  '.jobs-description-content__text',
  '.jobs-box__html-content',
  '.show-more-less-html__markup',
  '.description__text',
];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  'h1',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.top-card-layout__card .topcard__flavor',
];
const LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname),
  isPostingUrl,
  isListingUrl: (url) => url.pathname.startsWith('/jobs') && !isPostingUrl(url),
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    const root = firstWithText(doc, DESCRIPTION);
    if (!root) return null;
    // The logged-in pane holds its own top card; reading inside it avoids the list's cards.
    const pane = root.closest('.jobs-search__job-details, .jobs-details, .job-view-layout') ?? doc;
    return {
      root,
      title: defined(textOf(pane, TITLE) ?? textOf(doc, TITLE)),
      company: defined(textOf(pane, COMPANY) ?? textOf(doc, COMPANY)),
      location: defined(textOf(pane, LOCATION) ?? textOf(doc, LOCATION)),
    };
  },
};

// Checked on:
// - https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124
//   (saved guest page, ../shared/data/job_pages_html/job/linkedin_au_senior-software-engineer-heidi.html)
// - https://www.linkedin.com/jobs/search (saved guest search, listing/linkedin_guest_jobs-search_india.html)
// - tests/fixtures/pages/linkedin-guest-view.html, linkedin-search-pane.html, linkedin-search-list.html
