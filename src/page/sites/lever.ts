/** Lever: jobs.lever.co/<co>/<uuid> (and /apply). jobs.lever.co/<co> is the board: a list. */
import { textOf } from '../dom';
import { defined, defineSite } from './types';
import { lever as urls, UUID } from './urls/lever';

export const lever = defineSite(urls, {
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
});
