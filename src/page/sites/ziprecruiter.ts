/** ZipRecruiter: /c/<company>/Job/<title>/…, /jobs/<company-id>/<slug>, and the search pane opened by `lvk`/`jid`. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/c\/[^/]+\/Job\/|^\/jobs\/[^/]+\/[^/]+|^\/ojob\//.test(url.pathname) || url.searchParams.has('jid') || url.searchParams.has('lvk');

const SELECTORS = {
  description: ['.job_description', '[class*="job_description"]', '.jobDescriptionSection'],
  title: ['h1.job_title', 'h1'],
  company: ['.hiring_company_text a', '.hiring_company'],
};

export const ziprecruiter = defineSite({
  name: 'ziprecruiter',
  hosts: ['*.ziprecruiter.com', '*.ziprecruiter.co.uk'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/(jobs-search|Jobs\/|candidate\/search)/.test(url.pathname),
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
  examples: {
    posting: [
      'https://www.ziprecruiter.com/c/Northwind-AI/Job/Senior-Machine-Learning-Engineer/-in-Remote,US?jid=5a6b7c8d9e0f1a2b',
      'https://www.ziprecruiter.com/jobs/northwind-ai-3f2e1d0c/senior-machine-learning-engineer-6b7c8d9e',
      'https://www.ziprecruiter.com/jobs-search?search=ml+engineer&location=Remote&lvk=Xy12AbCdEf34',
    ],
    listing: [
      'https://www.ziprecruiter.com/jobs-search?search=ml+engineer&location=Remote',
      'https://www.ziprecruiter.com/Jobs/Machine-Learning-Engineer',
    ],
    other: [
      'https://www.ziprecruiter.com/blog/resume-tips',
      'https://www.ziprecruiter.com/Salaries/Machine-Learning-Engineer-Salary',
    ],
    checkedOn: [],
  },
});
