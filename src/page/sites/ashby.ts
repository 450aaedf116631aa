/** Ashby: jobs.ashbyhq.com/<co>/<uuid> (the /application tab too). jobs.ashbyhq.com/<co> is the board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/[0-9a-f]{8}-[0-9a-f-]{27,}(\/|$)/i.test(url.pathname);

export const ashby = defineSite({
  name: 'ashby',
  hosts: ['jobs.ashbyhq.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    // Ashby's CSS-module class names carry a hash suffix ("_descriptionText_oj0x8_198"): match the stem.
    const root = firstWithText(doc, ['[class*="_descriptionText_"]', '.ashby-job-posting-right-pane [class*="description"]', '.ashby-job-posting-right-pane']);
    if (!root) return null;
    const company = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
    return {
      root,
      title: defined(textOf(doc, ['.ashby-job-posting-heading', 'h1'])),
      company: defined(company),
      location: defined(textOf(doc, ['.ashby-job-posting-left-pane [class*="_section_"] p', '[class*="_location_"]'])),
    };
  },
  examples: {
    posting: [
      'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11',
      'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11/application',
    ],
    listing: [
      'https://jobs.ashbyhq.com/northwind-ai',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/job/ashby_stickermule_ai-agent-engineer.html',
      'tests/fixtures/pages/ashby-posting.html',
    ],
  },
});
