/** SmartRecruiters: jobs.smartrecruiters.com/<co>/<id>-<slug>. jobs.smartrecruiters.com/<co> is the board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';

const isPostingUrl = (url: URL): boolean => /^\/[^/]+\/\d{6,}/.test(url.pathname);

export const smartrecruiters = defineSite({
  name: 'smartrecruiters',
  hosts: ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url),
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    const root = firstWithText(doc, ['.job-sections', '[itemprop="description"]', 'main .job']);
    if (!root) return null;
    return {
      root,
      title: defined(textOf(doc, ['h1.job-title', '[itemprop="title"]', 'h1'])),
      company: defined(
        doc.querySelector('[itemprop="hiringOrganization"] meta[itemprop="name"]')?.getAttribute('content') ??
          textOf(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-logo-text']),
      ),
      location: defined(textOf(doc, ['[itemprop="jobLocation"]', '.job-location'])),
    };
  },
  examples: {
    posting: [
      'https://jobs.smartrecruiters.com/NorthwindAI/744000012345678-senior-machine-learning-engineer',
    ],
    listing: [
      'https://jobs.smartrecruiters.com/NorthwindAI',
      'https://careers.smartrecruiters.com/NorthwindAI',
    ],
    other: [],
    checkedOn: [
      'tests/fixtures/pages/smartrecruiters-posting.html',
    ],
  },
});
