/** Oracle Taleo career sections (<co>.taleo.net): jobdetail.ftl?job=<id> is one posting; jobsearch.ftl and moresearch.ftl are lists. Old table layouts: the general reader takes them when the ids change. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { taleo as urls, isPostingUrl } from './urls/taleo';

const SELECTORS = {
  description: ['.editablesection', '[id^="requisitionDescriptionInterface"][id$="descRequisition"]', '#requisitionDescriptionInterface'],
  title: ['.titlepage', 'h1'],
};

export const taleo = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
