/** Taleo's URLs: which show a posting, which a list (the background reads only these; the page reader is ../taleo.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /\/jobdetail\.ftl$/i.test(url.pathname) || (/\/careersection\//.test(url.pathname) && url.searchParams.has('job'));

export const taleo = siteUrls({
  name: 'taleo',
  hosts: ['*.taleo.net'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /\/(jobsearch|moresearch|joblist)\.ftl$/i.test(url.pathname),
  examples: {
    posting: [
      'https://northwind.taleo.net/careersection/2/jobdetail.ftl?job=2400123&lang=en',
      'https://northwind.taleo.net/careersection/ex/jobdetail.ftl?job=ML00042',
    ],
    listing: [
      'https://northwind.taleo.net/careersection/2/jobsearch.ftl?lang=en',
      'https://northwind.taleo.net/careersection/2/moresearch.ftl',
    ],
    other: [
      'https://northwind.taleo.net/careersection/iam/accessmanagement/login.jsf?lang=en',
    ],
    checkedOn: [
      'tests/fixtures/pages/taleo-jobdetail.html',
    ],
  },
});
