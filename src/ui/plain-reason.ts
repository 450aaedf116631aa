/**
 * The detector's reasons are written for developers ("not enough posting evidence: 164 skills
 * (+1.5), blog URL (-2)", "linkedin list of postings"). People get one plain sentence instead,
 * chosen by the kind of page; the detector's own words never reach the popup.
 */
export function plainNotPostingReason(reason: string): string {
  const r = reason.toLowerCase();
  if (/list of postings|jobpostings in|links to separate postings|list of roles/.test(r)) {
    return 'This page lists several jobs. Open one posting to see how you match it.';
  }
  if (/interstitial|challenge|bot-check/.test(r)) {
    return 'The site is checking your browser before it shows the page. Once the posting appears, Role Lens reads it.';
  }
  if (/a form without posting text/.test(r)) return 'This looks like an application form, not the posting itself.';
  const foreign = /structured data describes an? ([a-z ]+)/.exec(r);
  if (foreign) return `This page describes ${/^[aeiou]/.test(foreign[1]!) ? 'an' : 'a'} ${foreign[1]!.trim()}, not a job.`;
  if (/page without a posting/.test(r)) return 'No job posting is open on this page.';
  if (/has not finished reading/.test(r)) return 'Role Lens has not finished reading this page yet. Try again in a moment.';
  if (/no text|empty page/.test(r)) return 'The page has no text to read.';
  return 'Role Lens found no job posting here. If there is one, it can read the page anyway.';
}

/**
 * Why the popup can't reach a page, in words that say what to do. Browser errors such as
 * "Cannot access contents of the page. Extension manifest must request permission to access the
 * respective host." are never shown as they are.
 */
export const NO_ACCESS_HELP =
  'Role Lens has no access to this page. To let it read this one page, click the Role Lens icon in the toolbar while the page is open. To let it read every site, turn on “Analyse job postings on all sites” in the options.';

/** A storage failure in words: the quota is the one a person can do something about. */
export function plainStorageError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  if (/quota|QUOTA_BYTES|too (large|big)|MAX_ITEMS|MAX_WRITE/i.test(text)) {
    return 'the list is too large for browser sync. Remove a few skills, or keep the list in this browser only (in the options).';
  }
  return 'the browser could not save it. Try again; if it keeps failing, export your list from the options.';
}
