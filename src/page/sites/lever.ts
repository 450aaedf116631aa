/** Lever: jobs.lever.co/<co>/<uuid> (and /apply). jobs.lever.co/<co> is the board: a list. */
import { textOf } from '../dom';
import { defined, defineSite } from './types';

const UUID = /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/|$)/i;

export const lever = defineSite({
  name: 'lever',
  hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
  isPostingUrl: (url) => UUID.test(url.pathname),
  isListingUrl: (url) => !UUID.test(url.pathname),
  read(doc, url) {
    if (!UUID.test(url.pathname)) return null;
    // The description and the requirement lists are sibling sections after the header wrapper.
    const description = doc.querySelector('.posting-page [data-qa="job-description"]');
    const root =
      description?.closest('.section-wrapper') ??
      doc.querySelector('.posting-page .section-wrapper:not(.accent-section), .posting-page .content, .posting-page');
    if (!root) return null;
    const title = textOf(doc, ['.posting-headline h2', '.posting-header h2', 'h2']);
    // Lever has no company element: the logo's alt text, else the page title "Acme - Title".
    const logo = doc.querySelector('.main-header-logo img')?.getAttribute('alt')?.replace(/\s+logo$/i, '');
    const docTitle = doc.querySelector('title')?.textContent ?? '';
    const company = logo ?? (title && docTitle.includes(` - ${title}`) ? docTitle.split(` - ${title}`)[0] : undefined);
    return {
      root,
      title: defined(title),
      company: defined(company),
      location: defined(textOf(doc, ['.posting-categories .location', '.posting-category.location'])),
    };
  },
  examples: {
    posting: [
      'https://jobs.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30',
      'https://jobs.eu.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30/apply',
    ],
    listing: [
      'https://jobs.lever.co/northwind-ai',
      'https://jobs.lever.co/northwind-ai?team=Engineering',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/listing/lever_board_januxrx.html',
      'tests/fixtures/pages/lever-posting.html',
      'tests/fixtures/pages/lever-board.html',
    ],
  },
});
