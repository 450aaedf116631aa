/** Welcome to the Jungle: /<lang>/companies/<co>/jobs/<slug>; /<lang>/jobs and a company's /jobs are lists. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[a-z]{2}\/companies\/[^/]+\/jobs\/[^/]+/.test(url.pathname);

const SELECTORS = {
  description: ['[data-testid="job-section-description"]', '[data-testid="job-section-experience"]', '#the-position-section'],
  title: ['h2[class*="sc-"]', 'h1', 'h2'],
  company: ['[data-testid="job-company-name"]'],
};

export const welcometothejungle = defineSite({
  name: 'welcometothejungle',
  hosts: ['*.welcometothejungle.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/[a-z]{2}\/(jobs|companies\/[^/]+\/jobs)\/?$/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://www.welcometothejungle.com/en/companies/northwind-ai/jobs/senior-ml-engineer_paris',
      'https://www.welcometothejungle.com/fr/companies/northwind-ai/jobs/ingenieur-machine-learning_paris_NA_aB3cD4e',
    ],
    listing: [
      'https://www.welcometothejungle.com/en/jobs?query=machine%20learning',
      'https://www.welcometothejungle.com/en/companies/northwind-ai/jobs',
    ],
    other: [
      'https://www.welcometothejungle.com/en/companies/northwind-ai',
      'https://www.welcometothejungle.com/en/articles/job-interview-tips',
    ],
    checkedOn: [],
  },
});
