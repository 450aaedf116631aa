/** ZipRecruiter: /c/<company>/Job/<title>/…, /jobs/<company-id>/<slug>, and the search pane opened by `lvk`/`jid`. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { ziprecruiter as urls, isPostingUrl } from './urls/ziprecruiter';

const SELECTORS = {
  description: ['.job_description', '[class*="job_description"]', '.jobDescriptionSection'],
  title: ['h1.job_title', 'h1'],
  company: ['.hiring_company_text a', '.hiring_company'],
};

export const ziprecruiter = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
