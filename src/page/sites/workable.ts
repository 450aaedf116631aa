/**
 * Workable: apply.workable.com/<co>/j/<shortcode>/ (apply.workable.com/<co>/ is the board) and the
 * Jobs by Workable search, jobs.workable.com, whose postings are /view/<id>/<slug>.
 */
import { commonAncestorOf, textOf } from '../dom';
import { defined, defineSite } from './types';
import { workable as urls, isPostingUrl } from './urls/workable';

export const workable = defineSite(urls, {
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
});
