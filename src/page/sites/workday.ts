/** Workday: <tenant>.wd<n>.myworkdayjobs.com/<site>/job/<location>/<slug>_<req>. Other paths of a site are its board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { workday as urls, isPostingUrl } from './urls/workday';

export const workday = defineSite(urls, {
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    const root = firstWithText(doc, ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]']);
    if (!root) return null;
    return {
      root,
      title: defined(textOf(doc, ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1'])),
      // Workday pages do not name the company in the posting; the site name is the best guess.
      company: defined(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined),
      location: defined(textOf(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'])),
    };
  },
});
