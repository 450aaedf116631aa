/**
 * Greenhouse hosted boards: the classic boards.greenhouse.io/<co>/jobs/<id> (#app_body, #content)
 * and the newer job-boards.greenhouse.io/<co>/jobs/<id> (.job__description). The board itself
 * (/<co>, /embed/job_board) is a list.
 */
import { firstWithText, textOf } from '../dom';
import { defined, defineSite } from './types';
import { greenhouse as urls, isPostingUrl } from './urls/greenhouse';

const DESCRIPTION = ['.job__description', '#content', '.job-post-content', '#app_body .content'];
const TITLE = ['.job__title h1', 'h1.app-title', '.app-title', '.job__title', 'h1'];
const COMPANY = ['.company-name', '.job__company'];
const LOCATION = ['.job__location', '#header .location', '.location'];

/** "Job Application for <title> at <company>". */
function titleCompany(doc: ParentNode): string | undefined {
  const title = doc.querySelector('title')?.textContent ?? '';
  return /^Job Application for .+ at (.+)$/.exec(title.trim())?.[1];
}

export const greenhouse = defineSite(urls, {
  read(doc, url) {
    if (!isPostingUrl(url)) return null;
    const root = firstWithText(doc, DESCRIPTION);
    if (!root) return null;
    return {
      root,
      title: defined(textOf(doc, TITLE)),
      // The classic header says "at Acme".
      // The classic header says "at Acme"; the new design only has it in the page title.
      company: defined((textOf(doc, COMPANY) ?? titleCompany(doc))?.replace(/^at\s+/i, '')),
      location: defined(textOf(doc, LOCATION)),
    };
  },
});
