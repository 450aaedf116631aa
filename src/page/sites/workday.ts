/** Workday: <tenant>.wd<n>.myworkdayjobs.com/<site>/job/<location>/<slug>_<req>. Other paths of a site are its board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /\/job\/[^/]+/.test(url.pathname);

export const workday = defineSite({
  name: 'workday',
  hosts: ['*.myworkdayjobs.com', '*.myworkdaysite.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname.split('/').filter(Boolean).length >= 1,
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
  examples: {
    posting: [
      'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Senior-ML-Engineer_R-1042',
      'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/FP-A-Consultant_R60775-1',
    ],
    listing: [
      'https://northwind.wd5.myworkdayjobs.com/en-US/External',
      'https://autodesk.wd1.myworkdayjobs.com/Ext',
    ],
    other: [
      'https://northwind.wd5.myworkdayjobs.com/',
    ],
    checkedOn: [
      '../shared/data/job_pages_more/job/workday_medtronic_fpa-consultant_raw.html',
      '../shared/data/job_pages_more/job/workday_autodesk_senior-industry-strategy-manager_raw.html',
      '../shared/data/job_pages_more/listing/workday_autodesk_search_406-jobs.html',
      'tests/fixtures/pages/workday-posting.html',
    ],
  },
});
