/** Ziprecruiter's URLs: which show a posting, which a list (the background reads only these; the page reader is ../ziprecruiter.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/c\/[^/]+\/Job\/|^\/jobs\/[^/]+\/[^/]+|^\/ojob\//.test(url.pathname) || url.searchParams.has('jid') || url.searchParams.has('lvk');

export const ziprecruiter = siteUrls({
  name: 'ziprecruiter',
  hosts: ['*.ziprecruiter.com', '*.ziprecruiter.co.uk'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/(jobs-search|Jobs\/|candidate\/search)/.test(url.pathname),
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
