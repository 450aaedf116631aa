/**
 * Workable: apply.workable.com/<co>/j/<shortcode>/ (apply.workable.com/<co>/ is the board) and the
 * Jobs by Workable search, jobs.workable.com, whose postings are /view/<id>/<slug>.
 */
import { commonAncestorOf, textOf } from '../dom';
import { defined, defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/j\/[A-Z0-9]+|^\/view\/[A-Za-z0-9]+/i.test(url.pathname);

export const workable = defineSite({
  name: 'workable',
  hosts: ['apply.workable.com', 'jobs.workable.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    // Description, requirements and benefits are sibling sections with data-ui names; the root holds all three.
    const sections = Array.from(doc.querySelectorAll('[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]'));
    const root = sections.length > 1 ? commonAncestorOf(sections) : (sections[0] ?? null);
    if (!root) return null;
    const title = textOf(doc, ['[data-ui="job-title"]', 'h1']);
    const docTitle = doc.querySelector('title')?.textContent ?? '';
    return {
      root,
      title: defined(title),
      // The page title is "<job> - <company>".
      company: defined(textOf(doc, ['[data-ui="company-name"]']) ?? (title ? docTitle.split(`${title} - `)[1] : undefined)),
      location: defined(textOf(doc, ['[data-ui="job-location"]'])),
    };
  },
  examples: {
    posting: [
      'https://apply.workable.com/northwind-ai/j/3F7A9C21B4/',
      'https://jobs.workable.com/view/qQ2rT7mN8sXy1VbC3dEfGh/remote-senior-ml-engineer-in-berlin-at-northwind-ai',
    ],
    listing: [
      'https://apply.workable.com/northwind-ai/',
      'https://jobs.workable.com/search?query=software+engineer&remote=true',
      'https://jobs.workable.com/',
    ],
    other: [],
    checkedOn: [
      '../shared/data/job_pages_more/listing/workable_jobs-by-workable_remote-swe_serp.html',
      'tests/fixtures/pages/workable-posting.html',
    ],
  },
});
