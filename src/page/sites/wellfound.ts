/** Wellfound (formerly AngelList Talent): wellfound.com/jobs/<id>-<slug> and /company/<co>/jobs/<id>-<slug>. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/(company\/[^/]+\/)?jobs\/\d+/.test(url.pathname);

export const wellfound = defineSite({
  name: 'wellfound',
  hosts: ['wellfound.com', 'angel.co'],
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
  examples: {
    posting: [
      'https://wellfound.com/jobs/3012345-senior-machine-learning-engineer',
      'https://wellfound.com/company/northwind-ai/jobs/3012345-senior-machine-learning-engineer',
    ],
    listing: [
      'https://wellfound.com/jobs',
      'https://wellfound.com/role/machine-learning-engineer',
      'https://wellfound.com/company/northwind-ai/jobs',
    ],
    other: [
      'https://wellfound.com/company/northwind-ai',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/listing/wellfound_role_software-engineer_listing.html',
      'tests/fixtures/pages/wellfound-posting.html',
    ],
  },
});
