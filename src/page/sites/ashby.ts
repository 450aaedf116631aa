/** Ashby: jobs.ashbyhq.com/<co>/<uuid> (the /application tab too). jobs.ashbyhq.com/<co> is the board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { ashby as urls, isPostingUrl } from './urls/ashby';

export const ashby = defineSite(urls, {
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
});
