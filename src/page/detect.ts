/**
 * Is this page one job posting, a list of postings, or something else? In order of trust: the
 * site's adapter, schema.org JobPosting (JSON-LD, then microdata), the page's app state (SEEK,
 * Next.js), then the heuristic.
 */
import type { Posting } from '../core/types';
import { normalize, wordCount } from './dom';
import { findTextRoot } from './find-root';
import { detectByHeuristic } from './heuristic';
import { htmlToText, inlineText, nodeToText } from './html-to-text';
import { readAppState } from './app-state';
import { interstitialReason } from './interstitial';
import { readJsonLd, type JobPostingData, type StructuredData } from './json-ld';
import { readMicrodata } from './microdata';
import { siteFor } from './sites';

export type Detection =
  | { kind: 'posting'; posting: Posting; root: Element | null; confidence: number }
  | { kind: 'listing' | 'not-posting'; reason: string };

export interface DetectOptions {
  /** Number of skill mentions in a text (the engine's matcher); adds skill density to the heuristic. */
  countSkills?: (text: string) => number;
}

/** Fewer words than this is a page still loading or an empty pane, not a description. */
const MIN_WORDS = 20;

function posting(fields: Omit<Posting, 'text' | 'url'>, text: string, url: string, root: Element | null, confidence: number): Detection {
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Omit<Posting, 'text' | 'url'>;
  return { kind: 'posting', posting: { ...clean, text, url }, root, confidence };
}

/** Several JobPostings: the one titled like the page's h1, else none (the page is a list). */
function pickPosting(doc: Document, postings: readonly JobPostingData[]): JobPostingData | 'many' | null {
  const distinct = [...new Map(postings.map((p) => [`${p.title ?? ''}|${p.company ?? ''}`, p])).values()];
  if (distinct.length <= 1) return distinct[0] ?? null;
  const h1 = normalize(inlineText(doc.querySelector('h1')));
  return distinct.find((p) => p.title && normalize(p.title) === h1) ?? 'many';
}

function fromStructuredData(doc: Document, url: string, ld: StructuredData): Detection | null {
  const chosen = pickPosting(doc, ld.postings);
  if (chosen === 'many') return { kind: 'listing', reason: `${ld.postings.length} JobPostings in structured data` };
  if (chosen) {
    const text = chosen.description ? htmlToText(chosen.description, doc) : '';
    const root = text ? findTextRoot(doc, text) : null;
    // No usable description in the data: the page's own text (when found) is the posting.
    const body = wordCount(text) >= MIN_WORDS || !root ? text : nodeToText(root);
    const { title, company, location, validThrough, structured } = chosen;
    return posting({ title, company, location, source: 'json-ld', validThrough, structured }, body, url, root, 0.9);
  }
  const items = readMicrodata(doc);
  if (items.length > 1) return { kind: 'listing', reason: `${items.length} JobPostings in microdata` };
  const [item] = items;
  if (!item) return null;
  const text = nodeToText(item.root);
  if (wordCount(text) < MIN_WORDS) return null;
  const { title, company, location, root } = item;
  return posting({ title, company, location, source: 'microdata' }, text, url, root, 0.85);
}

/** Frames looked into, at most: an embedded applicant tracking system is the page's main frame. */
const MAX_FRAMES = 4;

/**
 * A posting shown in a same-origin frame: iCIMS serves its career pages as a shell around
 * `<iframe id="icims_content_iframe" src="…/job?in_iframe=1">`, and some old careers systems
 * frame their job detail. The frame is read at its own address (its site's adapter); its root is
 * left out, as the highlights live in the top document. Cross-origin frames cannot be read.
 */
function inFrame(doc: Document, url: string, opts: DetectOptions): Detection | null {
  for (const frame of Array.from(doc.querySelectorAll('iframe[src]')).slice(0, MAX_FRAMES)) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // A cross-origin frame: its document is not ours to read.
    }
    if (!inner?.body) continue;
    let src: string;
    try {
      src = new URL(frame.getAttribute('src') ?? '', url).href;
    } catch {
      continue;
    }
    const found = detectIn(inner, src, opts, 1);
    if (found.kind === 'posting') return { ...found, root: null, posting: { ...found.posting, url } };
  }
  return null;
}

export function detectPosting(doc: Document, url: string, opts: DetectOptions = {}): Detection {
  return detectIn(doc, url, opts, 0);
}

function detectIn(doc: Document, url: string, opts: DetectOptions, depth: number): Detection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'not-posting', reason: `not a URL: ${url}` };
  }
  const wall = interstitialReason(doc);
  if (wall) return { kind: 'not-posting', reason: wall };

  const ld = readJsonLd(doc);
  const site = siteFor(u);
  const read = site?.read?.(doc, u);
  if (site && read) {
    const text = read.text ?? nodeToText(read.root);
    if (wordCount(text) >= MIN_WORDS) {
      // The site's JSON-LD (Indeed, Ashby, Wellfound…) fills what the page header lacks.
      const ldPosting = ld.postings.length === 1 ? ld.postings[0] : undefined;
      const { title = ldPosting?.title, company = ldPosting?.company, location = ldPosting?.location } = read;
      const structured = ldPosting?.structured;
      return posting({ title, company, location, source: site.name, validThrough: ldPosting?.validThrough, structured }, text, url, read.root, 0.95);
    }
  }

  const structured = fromStructuredData(doc, url, ld);
  if (structured) return structured;

  if (site) {
    if (site.isListingUrl(u)) return { kind: 'listing', reason: `${site.name} list of postings` };
    // A posting URL whose markup the adapter no longer recognises (a redesign): let the heuristic try.
    if (!site.isPostingUrl(u)) return { kind: 'not-posting', reason: `${site.name} page without a posting` };
  }

  const state = readAppState(doc);
  if (state && state !== 'many' && state.description) {
    const text = htmlToText(state.description, doc);
    if (wordCount(text) >= MIN_WORDS) {
      const { title, company, location } = state;
      return posting({ title, company, location, source: 'app-state' }, text, url, findTextRoot(doc, text), 0.85);
    }
  }

  const found = detectByHeuristic(doc, u, { countSkills: opts.countSkills, otherTypes: ld.otherTypes });
  if (found.kind === 'not-posting' && depth === 0) return inFrame(doc, url, opts) ?? found;
  if (found.kind !== 'posting') return found;
  const { title, company, root, text, score } = found;
  return posting({ title, company, source: 'heuristic' }, text, url, root, Math.min(0.8, score / 10));
}
