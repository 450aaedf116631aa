/** Dice: /job-detail/<uuid>; /jobs (with a query, or /jobs/q-…-jobs) is the search. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { dice as urls, isPostingUrl } from './urls/dice';

const SELECTORS = {
  description: ['[data-testid="jobDescriptionHtml"]', '#jobDescription', '.job-description'],
  title: ['h1[data-cy="jobTitle"]', 'h1'],
  company: ['[data-cy="companyNameLink"]', '[data-cy="companyName"]'],
};

export const dice = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
