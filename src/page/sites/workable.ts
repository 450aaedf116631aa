/** Workable: apply.workable.com/<co>/j/<shortcode>/. apply.workable.com/<co>/ is the board. */
import { commonAncestorOf, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/j\/[A-Z0-9]+/i.test(url.pathname);

export const workable: SiteAdapter = {
  name: 'workable',
  matches: (url) => url.hostname === 'apply.workable.com',
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
};

// Checked on: tests/fixtures/pages/workable-posting.html (https://apply.workable.com/northwind-ai/j/3F7A9C21B4/),
// modelled on Workable's data-ui markup; https://apply.workable.com/northwind-ai/ is its board.
