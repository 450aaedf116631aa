/** Welcome to the Jungle: /<lang>/companies/<co>/jobs/<slug>; /<lang>/jobs and a company's /jobs are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { welcometothejungle as urls, isPostingUrl } from './urls/welcometothejungle';

const SELECTORS = {
  description: ['[data-testid="job-section-description"]', '[data-testid="job-section-experience"]', '#the-position-section'],
  title: ['h2[class*="sc-"]', 'h1', 'h2'],
  company: ['[data-testid="job-company-name"]'],
};

export const welcometothejungle = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
