/**
 * Links that lead to a single posting elsewhere (a role on a careers list, a card of a job board).
 * Many of them on a page is what makes it a list of roles rather than one posting.
 */
import { JOB_TITLE } from './cues';

const PATH = /\/(jobs?|careers?|positions?|openings?|job-openings?|vacanc(y|ies)|opportunit(y|ies)|postings?|requisitions?|remote-jobs|job-listing|job-details?|jobdetails?|stellenangebote?|offres?-d-emploi|offerta|oferta|vacatures?)\/(?!(search|category|categories|location|locations|department|departments|team|teams|page|tag|tags)\b)[^/?#]*[a-z0-9][^/?#]{2,}/i;
/** Query parameters naming one posting, lower case (BrassRing writes `jobid`, Workable `jobId`). */
const ID_PARAMS = ['gh_jid', 'jk', 'vjk', 'jl', 'currentjobid', 'jobid', 'job_id', 'jid', 'ashby_jid', 'lever-origin', 'reqid', 'req_id', 'requisitionid', 'career_job_req_id', 'postingid', 'vacancyid'];
/** One path segment that is a whole posting: Naukri's `/job-listings-<slug>-<id>`, StepStone's `/stellenangebote--<slug>--<id>-inline.html`. */
const POSTING_SEGMENT = /\/(job-listings?-[^/?#]*\d{6,}|stellenangebote--[^/?#]*--\d{5,}[^/?#]*)$/i;
const TALEO_DETAIL = /\/jobdetail\.ftl$/i;
const ATS = /(jobs\.lever\.co\/[^/]+\/[0-9a-f-]{36}|greenhouse\.io\/[^/]+\/jobs\/\d+|jobs\.ashbyhq\.com\/[^/]+\/[0-9a-f-]{36}|apply\.workable\.com\/[^/]+\/j\/|smartrecruiters\.com\/[^/]+\/\d{6,}|myworkdayjobs\.com\/.*\/job\/)/i;

/** A last path segment that names one posting: an id, a uuid, or a slug ending in a number. */
const POSTING_SLUG = /(^|[-_.])(\d{3,}|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27,}|(?=[A-Z]*\d)[A-Z0-9]{8,})([-_.][a-z]+)?$|\d{4,}/;

/**
 * A stable key for a posting link, or null when the link does not look like one. A careers-path
 * link counts only when its slug carries an id or its text reads as a job title: a careers
 * site's own pages (/careers/life-at-acme, /careers/benefits) are not postings.
 */
export function postingLinkKey(href: string, base: URL, text = ''): string | null {
  let link: URL;
  try {
    link = new URL(href, base);
  } catch {
    return null;
  }
  if (link.protocol !== 'http:' && link.protocol !== 'https:') return null;
  let id: string | undefined;
  for (const [name, value] of link.searchParams) if (value && ID_PARAMS.includes(name.toLowerCase())) id = value;
  // Taleo names the posting in `job`, a word too common elsewhere to take on any page.
  if (TALEO_DETAIL.test(link.pathname)) id = link.searchParams.get('job') ?? undefined;
  if (id) return `${link.hostname}#${id}`;
  const where = `${link.hostname}${link.pathname}`;
  if (link.hostname === base.hostname && link.pathname.replace(/\/$/, '') === base.pathname.replace(/\/$/, '')) return null;
  if (ATS.test(where)) return where.replace(/\/$/, '');
  if (POSTING_SEGMENT.test(link.pathname)) return where;
  if (!PATH.test(link.pathname)) return null;
  const slug = link.pathname.replace(/\/$/, '').split('/').pop() ?? '';
  const titled = text.length > 0 && text.length <= 90 && JOB_TITLE.test(text);
  return POSTING_SLUG.test(slug) || titled ? where.replace(/\/$/, '') : null;
}

/** A link's words with a space between elements: "<span>Data Engineer</span><span>Berlin</span>" is two. */
function linkText(a: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(a);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Distinct posting links under `scope`. */
export function postingLinks(scope: ParentNode, base: URL): Set<string> {
  const keys = new Set<string>();
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    const key = postingLinkKey(a.getAttribute('href') ?? '', base, linkText(a));
    if (key) keys.add(key);
  }
  return keys;
}
