import { parseHTML } from 'linkedom';
import type { Posting } from '../core/types';
import { detectPosting } from '../page/detect';
import { nodeToText } from '../page/html-to-text';

export interface HtmlReading {
  posting: Posting | null;
  /** Why the page is not one posting (a listing, an article…), when it isn't. */
  reason: string | null;
  /** The whole page's readable text, for analysing a page that isn't a posting anyway. */
  pageText: () => string;
}

/** The address a saved page was served from, when it says so; the adapters need the real host. */
function pageUrl(doc: Document, fallback: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (!candidate) continue;
    try {
      return new URL(candidate).href;
    } catch {
      // A relative or broken address: try the next one.
    }
  }
  return fallback;
}

/**
 * A saved page read with a real DOM parser (linkedom) and the extension's own detector, so the
 * command line sees what the content script sees.
 */
export function readHtmlPosting(html: string, url: string | undefined, countSkills: (text: string) => number): HtmlReading {
  // A fragment or an empty file gets a document around it, so there is always a body to read.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  // linkedom's Document implements the DOM interfaces the detector uses; its own types differ.
  const doc = parseHTML(source).document as unknown as Document;
  const detection = detectPosting(doc, url ?? pageUrl(doc, 'file:///saved-page.html'), { countSkills });
  const pageText = () => (doc.body ? nodeToText(doc.body) : '');
  if (detection.kind === 'posting') return { posting: detection.posting, reason: null, pageText };
  return { posting: null, reason: `${detection.kind}: ${detection.reason}`, pageText };
}
