/** Welcometothejungle's URLs: which show a posting, which a list (the background reads only these; the page reader is ../welcometothejungle.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/[a-z]{2}\/companies\/[^/]+\/jobs\/[^/]+/.test(url.pathname);

export const welcometothejungle = siteUrls({
  name: 'welcometothejungle',
  hosts: ['*.welcometothejungle.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/[a-z]{2}\/(jobs|companies\/[^/]+\/jobs)\/?$/.test(url.pathname),
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
