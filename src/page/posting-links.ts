/**
 * Links that lead to a single posting elsewhere (a role on a careers list, a card of a job board).
 * Many of them on a page is what makes it a list of roles rather than one posting.
 */

const PATH = /\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|opportunit(y|ies)|postings?|requisitions?|remote-jobs|job-listing|stellenangebote?|offres?-d-emploi)\/(?!(search|category|categories|location|locations|department|departments|team|teams|page|tag|tags)\b)[^/?#]*[a-z0-9][^/?#]{2,}/i;
const ID_PARAMS = ['gh_jid', 'jk', 'vjk', 'currentJobId', 'jobId', 'job_id', 'jid', 'ashby_jid', 'lever-origin'];
const ATS = /(jobs\.lever\.co\/[^/]+\/[0-9a-f-]{36}|greenhouse\.io\/[^/]+\/jobs\/\d+|jobs\.ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}|apply\.workable\.com\/[^/]+\/j\/|smartrecruiters\.com\/[^/]+\/\d{6,}|myworkdayjobs\.com\/.*\/job\/)/i;

/** A stable key for a posting link, or null when the link does not look like one. */
export function postingLinkKey(href: string, base: URL): string | null {
  let link: URL;
  try {
    link = new URL(href, base);
  } catch {
    return null;
  }
  if (link.protocol !== 'http:' && link.protocol !== 'https:') return null;
  const id = ID_PARAMS.map((p) => link.searchParams.get(p)).find((v) => v);
  if (id) return `${link.hostname}#${id}`;
  const where = `${link.hostname}${link.pathname}`;
  if (link.hostname === base.hostname && link.pathname.replace(/\/$/, '') === base.pathname.replace(/\/$/, '')) return null;
  return PATH.test(link.pathname) || ATS.test(where) ? where.replace(/\/$/, '') : null;
}

/** Distinct posting links under `scope`. */
export function postingLinks(scope: ParentNode, base: URL): Set<string> {
  const keys = new Set<string>();
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    const key = postingLinkKey(a.getAttribute('href') ?? '', base);
    if (key) keys.add(key);
  }
  return keys;
}
