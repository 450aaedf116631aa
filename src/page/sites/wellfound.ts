/** Wellfound (formerly AngelList Talent): wellfound.com/jobs/<id>-<slug> and /company/<co>/jobs/<id>-<slug>. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { wellfound as urls, isPostingUrl } from './urls/wellfound';

export const wellfound = defineSite(urls, {
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    // Wellfound's class names are CSS-module hashes ("styles_description__xq4Gk"): match the stem.
    const root = firstWithText(doc, ['[class*="styles_description__"]', '[data-test="JobDescription"]', '.job-description']);
    if (!root) return null;
    return {
      root,
      title: defined(textOf(doc, ['h1[class*="styles_title__"]', 'h1'])),
      company: defined(textOf(doc, ['[class*="styles_companyName__"]', 'a[href^="/company/"] h2', 'a[href^="/company/"]'])),
      location: defined(textOf(doc, ['[class*="styles_location__"]'])),
    };
  },
});
