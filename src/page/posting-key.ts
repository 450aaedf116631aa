/**
 * A key that changes when the displayed posting changes, so the content script re-analyses a
 * single-page site (LinkedIn, Indeed, Glassdoor two-pane search) only on real changes.
 */
import { inlineText } from './html-to-text';

/** Query parameters that name the open posting on two-pane sites. */
export const ID_PARAMS = ['currentJobId', 'vjk', 'jk', 'jl', 'gh_jid', 'jobId'];

export function postingKey(url: string, doc: Document): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  for (const param of ID_PARAMS) {
    const id = u.searchParams.get(param);
    if (id) return `${u.hostname}|${param}=${id}`;
  }
  const linkedinView = /^\/jobs\/view\/(?:[^/]*-)?(\d+)/.exec(u.pathname);
  if (linkedinView) return `${u.hostname}|view=${linkedinView[1]}`;
  const title = inlineText(doc.querySelector('h1')) || (doc.querySelector('title')?.textContent ?? '').trim();
  return `${u.hostname}${u.pathname}|${title}`;
}
