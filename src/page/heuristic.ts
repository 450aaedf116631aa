/**
 * Posting detection for sites without an adapter or structured data: weighs the URL shape,
 * posting headings, an apply control, job phrases and skill density against the marks of other
 * pages (lists of roles, articles, bare forms, other structured data), and picks the element
 * that holds the posting.
 */
import { GENERIC_TITLE, JOB_TITLE, LIST_TITLE, headingCue, isApplyText, jobPhraseCount, type CueKind } from './cues';
import { commonAncestorOf, metaContent, normalize, wordCount } from './dom';
import { inlineText, isHidden, nodeToText } from './html-to-text';
import { postingLinks } from './posting-links';
import { densestBlock, requirementSentences } from './text-block';

export interface HeuristicOptions {
  countSkills?: (text: string) => number;
  /** schema.org types found on the page (other than JobPosting). */
  otherTypes?: ReadonlySet<string>;
}

export type HeuristicResult =
  | { kind: 'posting'; root: Element; title?: string; company?: string; text: string; score: number }
  | { kind: 'listing' | 'not-posting'; reason: string };

/** Structured data that says the page is something else. */
const FOREIGN_TYPES = ['Event', 'Product', 'NewsArticle', 'Recipe', 'Movie', 'Book', 'Course', 'VideoObject', 'SoftwareApplication', 'MusicRecording', 'Hotel', 'Restaurant'];
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'TechArticle', 'Report', 'ScholarlyArticle'];
const JOB_URL = /\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|opportunit(y|ies)|postings?|requisitions?|join-us)(\/|[-_.]|$)/i;
const BLOG_URL = /\/(blog|tech-blog|news|articles?|posts?|stories|magazine|wiki)(\/|$)|\/\d{4}\/\d{2}\//i;
/** Label cells (`<td>Qualifications:</td><td>…</td>`) head sections in old table layouts (PeopleSoft, BrassRing, NEOGOV). */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], dt, strong, b, p, summary, legend, th, td';
const CHROME = 'nav, footer, header, aside, [role="navigation"], [role="contentinfo"], [role="banner"]';
const REPORTED_SPEECH = /\b(said|says|told|according to|in an interview|in a statement)\b/gi;
const STRONG_CUES: readonly CueKind[] = ['required', 'responsibilities', 'preferred'];
const THRESHOLD = 4;

interface Cue {
  kind: CueKind;
  el: Element;
}

function visible(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isHidden(p)) return false;
  return true;
}

/** A bold lead-in at the start of a line ("<br><b>Qualifications:</b> Chartered Accountant"): old and table layouts head sections so. */
function startsLine(el: Element): boolean {
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && (prev.nodeValue ?? '').trim() === '') prev = prev.previousSibling;
  return prev !== null && prev.nodeType === 1 && (prev as Element).localName.toLowerCase() === 'br';
}

function findCues(doc: Document): Cue[] {
  const cues: Cue[] = [];
  for (const el of Array.from(doc.querySelectorAll(HEADING_SELECTOR))) {
    const text = inlineText(el);
    // <strong>, <b> and <p> count as headings only when short and alone on their line.
    const tag = el.localName.toLowerCase();
    if ((tag === 'strong' || tag === 'b') && inlineText(el.parentElement) !== text && !startsLine(el)) continue;
    if ((tag === 'strong' || tag === 'b' || tag === 'p' || tag === 'td' || tag === 'th') && text.split(/\s+/).length > 8) continue;
    const kind = headingCue(text);
    if (kind && !el.closest(CHROME) && visible(el)) cues.push({ kind, el });
  }
  // A <p><strong>Requirements</strong></p> yields two cues: keep the outermost.
  return cues.filter((c) => !cues.some((o) => o !== c && o.el.contains(c.el)));
}

/** Apply controls under `scope`, counted up to `limit`. */
function applyControls(scope: ParentNode, limit: number): number {
  let n = 0;
  for (const el of Array.from(scope.querySelectorAll('a, button, input[type="submit"], [role="button"]'))) {
    // The page text leaves buttons out (nodeToText skips them): a button's own words, then its label.
    const tag = el.localName.toLowerCase();
    const text = tag === 'input' ? (el.getAttribute('value') ?? '') : tag === 'button' ? normalize(el.textContent ?? '') || (el.getAttribute('aria-label') ?? '') : inlineText(el);
    const apply = (text.length <= 50 && isApplyText(text)) || (el.localName === 'a' && /\/apply(\/|\?|$)/i.test(el.getAttribute('href') ?? ''));
    if (apply && ++n >= limit) return n;
  }
  return n;
}

const hasApply = (doc: Document): boolean => applyControls(doc, 1) > 0;

/** Words of the links under `el` but outside `inner`. */
function linkWords(el: Element, inner: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) if (!inner.contains(a)) n += wordCount(inlineText(a));
  return n;
}

/** Smallest element holding the posting's headings, grown while its parent adds little else. */
function chooseRoot(doc: Document, cues: readonly Cue[]): Element | null {
  const body = doc.body;
  if (!body) return null;
  const landmark = doc.querySelector('main, [role="main"], article');
  const common = commonAncestorOf(cues.map((c) => c.el));
  let root: Element =
    common && common !== body && common !== doc.documentElement
      ? common
      : landmark && cues.every((c) => landmark.contains(c.el))
        ? landmark
        : body;
  const words = new Map<Element, number>();
  const count = (el: Element) => words.get(el) ?? words.set(el, wordCount(nodeToText(el))).get(el) ?? 0;
  // One heading (or a tight section): grow to the posting's intro and title, not the whole page.
  while (root.parentElement && root !== body && root.parentElement !== body && root.parentElement !== doc.documentElement) {
    if (root.matches('main, [role="main"], article')) break;
    const parent: Element = root.parentElement;
    if (count(parent) > Math.max(count(root) * 1.6, 120)) break;
    // What the parent adds is mostly links (a site's own menu beside the posting): stay out.
    const added = count(parent) - count(root);
    if (added >= 8 && linkWords(parent, root) > added * 0.6) break;
    root = parent;
  }
  return root;
}

const TITLE_LABEL = /^(job|position|posting|vacancy|role|working) title\s*:?$/i;

/** The value beside a "Job Title:" label cell or term (old table layouts, definition lists). */
function labelledTitle(root: Element): string | undefined {
  for (const el of Array.from(root.querySelectorAll('td, th, dt'))) {
    if (!TITLE_LABEL.test(inlineText(el))) continue;
    const value = inlineText(el.nextElementSibling);
    if (value && value.split(/\s+/).length <= 14) return value;
  }
  return undefined;
}

function chooseTitle(doc: Document, root: Element, cues: readonly Cue[], inPane: boolean): string | undefined {
  const labelled = labelledTitle(root);
  if (labelled) return labelled;
  const cueEls = new Set(cues.map((c) => c.el));
  // In a two-pane search the page's h1 names the search ("ML jobs in Berlin"): the pane's own headings first.
  const candidates = inPane
    ? [...Array.from(root.querySelectorAll('h1, h2, h3')), ...Array.from(doc.querySelectorAll('h1'))]
    : [...Array.from(root.querySelectorAll('h1')), ...Array.from(doc.querySelectorAll('h1')), ...Array.from(root.querySelectorAll('h2, h3'))];
  for (const el of candidates) {
    const text = inlineText(el);
    if (text && !cueEls.has(el) && !GENERIC_TITLE.test(text) && !LIST_TITLE.test(text) && !headingCue(text) && text.split(/\s+/).length <= 14) return text;
  }
  const docTitle = metaContent(doc, 'og:title') ?? doc.querySelector('title')?.textContent ?? '';
  const first = docTitle.split(/\s+[|–—-]\s+/).find((part) => JOB_TITLE.test(part)) ?? docTitle.split(/\s+[|–—]\s+/)[0];
  return first?.trim() || undefined;
}

/** Repeated elements classed as one job each (`tr.job`, `.job-post`, `.job-card`). */
function jobRows(doc: Document): number {
  return Array.from(doc.querySelectorAll('[class*="job"], [class*="posting"]')).filter((el) =>
    (el.getAttribute('class') ?? '').split(/\s+/).some((c) => /^(job|jobs?[-_]?(post|card|item|listing|row|result|link|tile)s?|posting|opening)$/i.test(c)),
  ).length;
}

function isBareForm(doc: Document, rootWords: number): boolean {
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    const fields = form.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea');
    if (fields.length >= 4 && rootWords - wordCount(nodeToText(form)) < 200) return true;
  }
  return false;
}

/**
 * The open posting of a two-pane search: around a posting section heading, the largest block that
 * holds no list (at most one posting link, its own) and reads as a whole posting. The cards of a
 * list may carry a "Requirements" line each, but none holds a posting's worth of text.
 */
function openPane(doc: Document, cues: readonly Cue[], url: URL): Element | null {
  let best: Element | null = null;
  let bestWords = 0;
  // Where the pane's posting may start: its section headings, or its main run of prose when that
  // asks things of a candidate (a pane whose headings we do not know).
  const starts = cues.filter((c) => STRONG_CUES.includes(c.kind)).map((c) => c.el);
  const block = densestBlock(doc, url);
  if (block) {
    const { asks, sentences } = requirementSentences(nodeToText(block));
    if (asks >= 4 && asks / Math.max(1, sentences) >= 0.2) starts.push(block);
  }
  for (const start of starts) {
    let pane: Element | null = null;
    for (let el: Element | null = start; el && el.localName !== 'body'; el = el.parentElement) {
      if (postingLinks(el, url).size > 1) break;
      pane = el;
    }
    const words = pane ? wordCount(nodeToText(pane)) : 0;
    if (pane && words > bestWords) {
      best = pane;
      bestWords = words;
    }
  }
  // A card of a list may carry a requirement line or two; a posting runs to a hundred words and more.
  return bestWords >= 120 ? best : null;
}

function hasByline(doc: Document): boolean {
  return doc.querySelector('article [rel="author"], article .author, article .byline, article [itemprop="author"], article time[datetime], meta[property="article:published_time"], meta[name="author"]') !== null && doc.querySelector('article') !== null;
}

export function detectByHeuristic(doc: Document, url: URL, opts: HeuristicOptions = {}): HeuristicResult {
  const types = opts.otherTypes ?? new Set<string>();
  const cues = findCues(doc);
  const kinds = new Set(cues.map((c) => c.kind));
  const strong = STRONG_CUES.filter((k) => kinds.has(k)).length;
  let root = chooseRoot(doc, cues);
  if (!root) return { kind: 'not-posting', reason: 'empty page' };
  let text = nodeToText(root);
  let words = wordCount(text);

  // A list of roles: many links to separate postings and no posting body of its own, unless one
  // posting is open beside the list (two-pane search): then the page is that posting.
  const links = postingLinks(doc, url);
  const linksInRoot = postingLinks(root, url).size;
  let pane: Element | null = null;
  if (links.size >= 5 && (strong === 0 || linksInRoot >= 5 || words < 150)) {
    pane = openPane(doc, cues, url);
    if (!pane) return { kind: 'listing', reason: `${links.size} links to separate postings` };
    root = pane;
    text = nodeToText(pane);
    words = wordCount(text);
  }
  // No headed posting found: fall back on the page's main run of prose, when it is no list. Only
  // where something says "job" (the address, an apply control, a job title in the page title), so
  // the pages most people read (articles, feeds, shops) cost no extra walk.
  const jobish = () => JOB_URL.test(url.pathname) || JOB_TITLE.test(doc.querySelector('title')?.textContent ?? '') || hasApply(doc);
  if (!pane && (words < 150 || strong === 0) && jobish()) {
    const block = densestBlock(doc, url);
    // A run of cards, each with its own apply button, is a list however much prose it holds.
    if (block && postingLinks(block, url).size < 3 && applyControls(block, 3) < 3) {
      const blockText = nodeToText(block);
      const blockWords = wordCount(blockText);
      // Outside the weak root, or most of it without the page's chrome.
      if (root.contains(block) ? blockWords >= words * 0.5 : blockWords > words) {
        root = block;
        text = blockText;
        words = blockWords;
      }
    }
  }
  // A page titled as a list with a few role links or rows (the rest rendered later by script).
  const pageTitle = `${inlineText(doc.querySelector('h1'))} | ${doc.querySelector('title')?.textContent ?? ''}`;
  if (!pane && strong === 0 && LIST_TITLE.test(pageTitle) && (links.size >= 2 || jobRows(doc) >= 3)) {
    return { kind: 'listing', reason: 'a page titled as a list of roles' };
  }
  const foreign = FOREIGN_TYPES.find((t) => types.has(t));
  if (foreign) return { kind: 'not-posting', reason: `structured data describes a ${foreign}` };
  if (strong === 0 && isBareForm(doc, words)) return { kind: 'not-posting', reason: 'a form without posting text' };

  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${why} (${points > 0 ? '+' : ''}${points})`);
  };
  const path = url.pathname;
  if (JOB_URL.test(path) && path.split('/').filter(Boolean).length >= 2) add(1.5, 'job-shaped URL');
  if (strong > 0) add(1.5 * strong, `${strong} posting section headings`);
  if (kinds.has('company') || kinds.has('benefits')) add(0.5, 'about/benefits heading');
  const canApply = hasApply(doc);
  if (canApply) add(1.5, 'apply control');
  const phrases = jobPhraseCount(text);
  if (phrases > 0) add(Math.min(2, phrases * 0.5), `${phrases} job phrases`);
  const { asks, sentences } = requirementSentences(text);
  const asking = asks >= 4 && asks / Math.max(1, sentences) >= 0.2;
  if (asking) add(1.5, `${asks} of ${sentences} sentences ask of a candidate`);
  const title = chooseTitle(doc, root, cues, pane !== null);
  // A job's title is a noun phrase; a headline that names a job ("Acme to hire 300 engineers in
  // Berlin as demand soars") runs longer.
  const jobTitled = title !== undefined && JOB_TITLE.test(title) && title.split(/\s+/).length <= 10;
  if (jobTitled) add(1, 'job-title heading');
  // A careers index speaks of the company under "Careers at Acme" / "Join us", and links to its
  // roles; a posting is headed by its one job.
  if (!pane && !jobTitled && GENERIC_TITLE.test(inlineText(doc.querySelector('h1')))) {
    add(links.size >= 2 ? -3.5 : -2, `a careers page's heading${links.size >= 2 ? ` and links to ${links.size} roles` : ''}`);
  }
  if (opts.countSkills && words > 0) {
    const skills = opts.countSkills(text);
    if (skills >= 5 && skills / words >= 0.01) add(skills >= 10 ? 1.5 : 1, `${skills} skills`);
  }
  if (BLOG_URL.test(path)) add(-2, 'blog URL');
  if (ARTICLE_TYPES.some((t) => types.has(t))) add(-2.5, 'article structured data');
  if (metaContent(doc, 'og:type') === 'article') add(-0.5, 'og:type article');
  const byline = hasByline(doc);
  if (byline) add(-1.5, 'article with a byline');
  // A blog post about hiring has the headings of a posting but nowhere to apply.
  if ((byline || metaContent(doc, 'og:type') === 'article') && !canApply) add(-2, 'an article with no way to apply');
  if (words < 80) add(-2, 'little text');
  // A news story on hiring quotes people ("…, the company said"); a posting speaks for itself.
  const reported = (text.match(REPORTED_SPEECH) ?? []).length;
  if (reported >= 3) add(-2, `reported speech (${reported})`);

  if (score >= THRESHOLD && (strong > 0 || phrases >= 3 || asking)) {
    return { kind: 'posting', root, title, company: metaContent(doc, 'og:site_name'), text, score };
  }
  return { kind: 'not-posting', reason: `not enough posting evidence: ${reasons.join(', ') || 'none'}` };
}
