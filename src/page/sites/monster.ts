/** Monster: /job-openings/<slug>--<id>, and the search (/jobs/search) whose `id` opens one posting in its pane. */
import { readSelectors } from './read-selectors';
import { defineSite } from './types';
import { monster as urls, isPostingUrl } from './urls/monster';

const SELECTORS = {
  description: ['[data-testid="svx-description-container-inner"]', '[class*="DescriptionContainer"]', '#JobDescription', '.job-description'],
  title: ['[data-testid="svx-job-title"]', 'h1'],
  company: ['[data-testid="svx-job-header-company-name"]'],
};

export const monster = defineSite(urls, {
  read: (doc, url) => (isPostingUrl(url) ? readSelectors(doc, SELECTORS) : null),
});
