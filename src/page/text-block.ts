/**
 * For postings without recognisable section headings (one <br>-separated blob, headings in
 * another language, old layouts): the element that holds the page's main run of prose, and how
 * many of its sentences ask something of a candidate.
 */
import { ASK_PHRASE_LIST } from '../core/lexicon/ask-phrases';
import { phrases } from '../core/lexicon/lexicon';
import { wordCount } from './dom';
import { FOREIGN_ASKS } from './cues';
import { postingLinkKey } from './posting-links';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'code']);
/** Children whose text counts as the parent's own prose. */
const PROSE = new Set(['p', 'br', 'span', 'b', 'strong', 'i', 'em', 'u', 'li', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'small', 'div']);

interface Measure {
  text: number;
  links: number;
  /** Links to separate postings below: a block holding several is a list, not a posting. */
  postings: number;
}

/**
 * One pass over the body: for each element, the characters of prose directly under it (text
 * nodes and inline or list children, minus link text). The element with the most is the
 * description's container; a `div` child counts only when it is itself link-poor prose.
 */
export function densestBlock(doc: Document, url: URL): Element | null {
  let best: Element | null = null;
  let bestProse = 0;
  const walk = (el: Element): Measure => {
    let text = 0;
    let links = 0;
    let prose = 0;
    let postings = 0;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        const n = (child.nodeValue ?? '').trim().length;
        text += n;
        prose += n;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      const tag = c.localName.toLowerCase();
      if (SKIP.has(tag) || c.getAttribute('aria-hidden') === 'true' || c.hasAttribute('hidden')) continue;
      const m = walk(c);
      const own = tag === 'a' ? { text: m.text, links: m.text } : m;
      text += own.text;
      links += own.links;
      postings += m.postings + (tag === 'a' && postingLinkKey(c.getAttribute('href') ?? '', url) ? 1 : 0);
      if (PROSE.has(tag) && own.links < own.text * 0.3 && (tag !== 'div' || own.text < 2000)) prose += own.text - own.links;
    }
    if (prose > bestProse && postings <= 1) {
      best = el;
      bestProse = prose;
    }
    return { text, links, postings };
  };
  if (doc.body) walk(doc.body);
  return bestProse >= 600 ? best : null;
}

/**
 * Sentences that ask something of a candidate or describe the job's duties: the lexicon's ask
 * phrases ("experience with", "knowledge of": lexicon/ask-phrases.ts), and years, degrees and the
 * words of a posting's asks and duties.
 */
const ASKS = new RegExp(
  String.raw`\b(\d+\+?\s*(years?|yrs)|${phrases(ASK_PHRASE_LIST).join('|')}|ability to|degree in|bachelor'?s|master'?s|certifi(ed|cation)|must have|required|preferred|responsible for|you will|you'll|we are looking for|the candidate)\b`,
  'i',
);

export function requirementSentences(text: string): { asks: number; sentences: number } {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => wordCount(s) >= 4);
  return { asks: sentences.filter((s) => ASKS.test(s) || FOREIGN_ASKS.test(s)).length, sentences: sentences.length };
}
