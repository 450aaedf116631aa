/** Workday's URLs: which show a posting, which a list (the background reads only these; the page reader is ../workday.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /\/job\/[^/]+/.test(url.pathname);

export const workday = siteUrls({
  name: 'workday',
  hosts: ['*.myworkdayjobs.com', '*.myworkdaysite.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && url.pathname.split('/').filter(Boolean).length >= 1,
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
