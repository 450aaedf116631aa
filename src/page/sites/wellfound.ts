/** Wellfound (formerly AngelList Talent): wellfound.com/jobs/<id>-<slug> and /company/<co>/jobs/<id>-<slug>. */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteAdapter } from './types';

const isPostingUrl = (url: URL): boolean => /^\/(company\/[^/]+\/)?jobs\/\d+/.test(url.pathname);

export const wellfound: SiteAdapter = {
  name: 'wellfound',
  matches: (url) => /(^|\.)(wellfound\.com|angel\.co)$/.test(url.hostname),
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /\/(jobs|role|location)(\/|$)/.test(url.pathname),
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
};

// Checked on: tests/fixtures/pages/wellfound-posting.html (https://wellfound.com/jobs/3012345-senior-machine-learning-engineer)
// and the same page under https://wellfound.com/company/northwind-ai/jobs/3012345-senior-machine-learning-engineer.
