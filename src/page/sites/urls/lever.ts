/** Lever's URLs: which show a posting, which a list (the background reads only these; the page reader is ../lever.ts). */
import { siteUrls } from '../types';

export const UUID = /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/|$)/i;

export const lever = siteUrls({
  name: 'lever',
  hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
  isPostingUrl: (url) => UUID.test(url.pathname),
  isListingUrl: (url) => !UUID.test(url.pathname),
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
