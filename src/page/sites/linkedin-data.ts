/**
 * The signed-in LinkedIn page ships its API responses as JSON in hidden
 * <code id="bpr-guid-…" style="display: none"> blocks, and renders the job pane from them later.
 * Until then (or when the layout is one we do not know) the posting is read from that data:
 * the entity whose urn names the open job and which carries `description.text`.
 */
import { titleOfLinkedIn } from './linkedin-title';
import { defined, type SiteRead } from './types';

/** The open job's id: /jobs/view/<slug>-<id>/ or ?currentJobId=<id>. */
export function linkedinJobId(url: URL): string | undefined {
  return url.searchParams.get('currentJobId') ?? /^\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?/.exec(url.pathname)?.[1];
}

interface Entity {
  entityUrn?: unknown;
  jobPostingUrn?: unknown;
  description?: unknown;
  title?: unknown;
  formattedLocation?: unknown;
  companyDetails?: unknown;
}

/** The company's name when the entity carries it inline (it is often only a reference). */
function companyOf(entity: Entity): string | undefined {
  const d = entity.companyDetails;
  if (!d || typeof d !== 'object') return undefined;
  const name = (d as { name?: unknown; companyName?: unknown }).name ?? (d as { companyName?: unknown }).companyName;
  return typeof name === 'string' ? name : undefined;
}

function descriptionText(entity: Entity): string | undefined {
  const d = entity.description;
  if (typeof d === 'string') return d;
  if (d && typeof d === 'object' && typeof (d as { text?: unknown }).text === 'string') return (d as { text: string }).text;
  return undefined;
}

/** Depth-first over a parsed response, stopping at the first entity of the open job with a description. */
function findJob(node: unknown, id: string, depth = 0): Entity | undefined {
  if (!node || typeof node !== 'object' || depth > 12) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findJob(item, id, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const entity = node as Entity;
  const urn = `${typeof entity.entityUrn === 'string' ? entity.entityUrn : ''} ${typeof entity.jobPostingUrn === 'string' ? entity.jobPostingUrn : ''}`;
  const text = descriptionText(entity);
  if (text && text.length >= 100 && new RegExp(`[Jj]ob[A-Za-z]*:${id}\\b`).test(urn)) return entity;
  for (const value of Object.values(node)) {
    const found = findJob(value, id, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function readLinkedInData(doc: ParentNode, id: string): SiteRead | null {
  for (const code of Array.from(doc.querySelectorAll('code'))) {
    const raw = code.textContent ?? '';
    // Cheap filter first: most blocks are navigation, badges and settings.
    if (!raw.includes(id) || !raw.includes('"description"')) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const job = findJob(data, id);
    const text = job && descriptionText(job);
    if (!job || !text) continue;
    const root = doc.querySelector('.jobs-search__job-details, .jobs-details, main, [role="main"]') ?? doc.querySelector('body');
    if (!root) return null;
    const [pageTitle, company] = titleOfLinkedIn(doc);
    return {
      root,
      text,
      title: defined(typeof job.title === 'string' ? job.title : pageTitle),
      company: defined(companyOf(job) ?? company),
      location: defined(typeof job.formattedLocation === 'string' ? job.formattedLocation : undefined),
    };
  }
  return null;
}
