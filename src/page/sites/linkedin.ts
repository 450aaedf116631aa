/**
 * LinkedIn: the public (guest) /jobs/view/<slug>-<id> page, the signed-in job view (since 2025 a
 * server-driven layout whose classes are hashes), and the signed-in two-pane views (/jobs/search,
 * /jobs/collections/…) whose right pane shows the posting named by `currentJobId`. A search page
 * without `currentJobId` is a list, even when a preview pane is rendered, except the guest search
 * whose active card is open in its detail pane (readGuestPane). Before the pane renders,
 * the signed-in page may hold the posting only in hidden <code> blocks (see linkedin-data.ts).
 */
import { firstWithText, textOf } from '../dom';
import { inlineText } from '../html-to-text';
import { linkedinJobId, readLinkedInData } from './linkedin-data';
import { titleOfLinkedIn } from './linkedin-title';
import { defineSite, defined, type SiteRead } from './types';
import { linkedin as urls, isPostingUrl } from './urls/linkedin';

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
const TITLE = ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', '.top-card-layout__title', '.topcard__title', 'h1'];
const COMPANY = ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', '.topcard__org-name-link', '.top-card-layout__card .topcard__flavor'];
const LOCATION = ['.job-details-jobs-unified-top-card__primary-description-container .tvm__text', '.jobs-unified-top-card__bullet', '.topcard__flavor--bullet'];

/** "About the job" in the interface languages LinkedIn ships most (the hashed layout has no other mark). */
const ABOUT_JOB = /^(about the job|informazioni sull.offerta di lavoro|info zum job|à propos de l.offre d.emploi|acerca del empleo|sobre a vaga|over de vacature|om jobbet|o ofercie pracy)$/i;

/** The 2025 signed-in job view: classes are hashes, so find the "About the job" heading and its text box. */
function readHashedView(doc: ParentNode): SiteRead | null {
  const heading = Array.from(doc.querySelectorAll('h2')).find((h) => ABOUT_JOB.test(inlineText(h)));
  if (!heading) return null;
  let section: Element | null = heading;
  for (let i = 0; i < 5 && section; i++, section = section.parentElement) {
    const box = section.querySelector('[data-testid="expandable-text-box"]');
    if (box && inlineText(box) !== '') {
      const [title, company] = titleOfLinkedIn(doc);
      const label = doc.querySelector('[aria-label^="Company, "]')?.getAttribute('aria-label');
      return { root: box, title: defined(title), company: defined(label?.replace(/^Company, |\.$/g, '') ?? company) };
    }
  }
  return null;
}

/**
 * The guest search (/jobs/search, /jobs/<keywords>-jobs…) opens its active card (`aria-current`)
 * in a detail pane beside the list, without `currentJobId` in the address: the posting the
 * reader sees. Saved on ../shared/data/job_pages_html/listing/linkedin_guest_jobs-search_india.html.
 */
function readGuestPane(doc: ParentNode): SiteRead | null {
  if (!doc.querySelector('.job-search-card--active, .job-search-card[aria-current="true"]')) return null;
  const pane = doc.querySelector('.two-pane-serp-page__detail-view');
  const root = pane ? firstWithText(pane, ['.show-more-less-html__markup', '.description__text']) : null;
  if (!pane || !root) return null;
  return { root, title: defined(textOf(pane, TITLE)), company: defined(textOf(pane, COMPANY)), location: defined(textOf(pane, LOCATION)) };
}

export const linkedin = defineSite(urls, {
  read(doc, url) {
    if (!isPostingUrl(url)) return url.pathname.startsWith('/jobs') ? readGuestPane(doc) : null;
    const root = firstWithText(doc, DESCRIPTION);
    if (!root) {
      const id = linkedinJobId(url);
      return readHashedView(doc) ?? (id ? readLinkedInData(doc, id) : null);
    }
    // The logged-in pane holds its own top card; reading inside it avoids the list's cards.
    const pane = root.closest('.jobs-search__job-details, .jobs-details, .job-view-layout') ?? doc;
    return {
      root,
      title: defined(textOf(pane, TITLE) ?? textOf(doc, TITLE)),
      company: defined(textOf(pane, COMPANY) ?? textOf(doc, COMPANY)),
      location: defined(textOf(pane, LOCATION) ?? textOf(doc, LOCATION)),
    };
  },
});
