/** SmartRecruiters: jobs.smartrecruiters.com/<co>/<id>-<slug>. jobs.smartrecruiters.com/<co> is the board. */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { smartrecruiters as urls, isPostingUrl } from './urls/smartrecruiters';

export const smartrecruiters = defineSite(urls, {
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
});
