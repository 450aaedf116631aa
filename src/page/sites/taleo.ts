/** Oracle Taleo career sections (<co>.taleo.net): jobdetail.ftl?job=<id> is one posting; jobsearch.ftl and moresearch.ftl are lists. Old table layouts: the general reader takes them when the ids change. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /\/jobdetail\.ftl$/i.test(url.pathname) || (/\/careersection\//.test(url.pathname) && url.searchParams.has('job'));

const SELECTORS = {
  description: ['.editablesection', '[id^="requisitionDescriptionInterface"][id$="descRequisition"]', '#requisitionDescriptionInterface'],
  title: ['.titlepage', 'h1'],
};

export const taleo = defineSite({
  name: 'taleo',
  hosts: ['*.taleo.net'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /\/(jobsearch|moresearch|joblist)\.ftl$/i.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
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
