import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlPosting } from '../../src/cli/html-posting';
import { siteFor } from '../../src/page/sites';

/** What a page is, as a reader sees it: the figures are reported per kind. */
export type PageKind = 'posting' | 'two-pane posting' | 'list' | 'other page';

export interface DetectionRow {
  file: string;
  kind: PageKind;
  /** The adapter that owns the page's address, else its host (or the manifest's site). */
  site: string;
  url: string | undefined;
  expected: boolean;
  detected: boolean;
  reason: string | null;
}

export interface SiteScore {
  site: string;
  pages: number;
  right: number;
  postings: number;
  found: number;
}

export interface KindScore {
  kind: PageKind;
  pages: number;
  right: number;
}

export interface DetectionScore {
  rows: DetectionRow[];
  precision: number;
  recall: number;
  perSite: SiteScore[];
  perKind: KindScore[];
}

/**
 * The real addresses of the first set's pages (its manifest predates the `url` column). A page
 * read without its address would miss its site's adapter, which the browser never does.
 */
const KNOWN_URLS: Record<string, string> = {
  'job/careers_staples-sparx_data-scientist.html': 'https://staples-sparx.github.io/jobs/data-scientists.html',
  'job/icims_mercyhealth_medical-lab-scientist.html': 'https://careers.mercyhealthsystem.org/jobs/39454?lang=en-us',
  'job/indeed_au_senior-devops-engineer.html': 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
  'job/indeed_us_it-software-developer-iii_mwd.html': 'https://www.indeed.com/viewjob?jk=b34ff7b3eca9bbfd',
  'job/indeed_us_software-engineer-data-engineering.html': 'https://www.indeed.com/viewjob?jk=877a31af4a15e83f',
  'job/linkedin_au_senior-software-engineer-heidi.html': 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
  'listing/indeed_eg_serp_with-job-pane.html': 'https://eg.indeed.com/jobs?q=frontend&l=Egypt',
  'listing/careers_erasca_greenhouse-embed.html': 'https://www.erasca.com/open-positions/',
  'listing/lever_board_mirador-therapeutics.html': 'https://job-boards.greenhouse.io/embed/job_board?for=miradortherapeuticsinc',
  'listing/linkedin_guest_jobs-search_india.html': 'https://www.linkedin.com/jobs/search?location=India',
  'listing/remoteok_jobs.html': 'https://remoteok.com/',
  'negative/blog_pluralsight_python-environments.html': 'https://www.pluralsight.com/tech-blog/managing-python-environments/',
  'negative/demoqa_practice-form.html': 'https://demoqa.com/automation-practice-form',
  'negative/indeed_cloudflare_just-a-moment.html': 'https://www.indeed.com/viewjob?jk=0123456789abcdef',
  'negative/product_fye_bluray_og-product.html': 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html',
  'negative/readability_bbc-1.html': 'http://www.bbc.com/news/world-us-canada-33646704',
  'negative/readability_gitlab-blog.html': 'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings-from-our-2024-global-devsecops-survey/',
  'negative/readability_google-sre-book-1.html': 'https://landing.google.com/sre/book/chapters/introduction.html',
  'negative/readability_medium-1.html': 'https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb',
  'negative/readability_v8-blog.html': 'https://v8.dev/blog/emscripten-standalone-wasm',
  'negative/readability_wikipedia.html': 'https://en.wikipedia.org/wiki/Mozilla',
};

/**
 * Pages of the first set labelled lists that show one posting open beside the list: Indeed's
 * search with its right pane, and LinkedIn's guest search whose first card is active
 * (`aria-current`) with that posting's whole description in the detail pane.
 */
const OPEN_PANE = new Set(['listing/indeed_eg_serp_with-job-pane.html', 'listing/linkedin_guest_jobs-search_india.html']);

/** One CSV line's fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  out.push(field);
  return out;
}

function siteOf(url: string | undefined, manifestSite: string): string {
  if (!url) return manifestSite;
  try {
    const u = new URL(url);
    return siteFor(u)?.name ?? u.hostname.replace(/^www\./, '');
  } catch {
    return manifestSite;
  }
}

/** An address of no known site: what the general reader makes of a page on its own. */
export const UNKNOWN_SITE = 'https://careers.example.org/global/en/item';

function readRows(dir: string, countSkills: (text: string) => number, unknownSite: boolean): DetectionRow[] {
  const [head, ...lines] = readFileSync(join(dir, 'manifest.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = csvFields(head ?? '');
  const col = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const f = csvFields(line);
    const file = f[col('file')] ?? '';
    const label = f[col('label')] ?? '';
    const url = (col('url') >= 0 ? f[col('url')] : undefined) || KNOWN_URLS[file];
    const read = readHtmlPosting(readFileSync(join(dir, file), 'utf8'), unknownSite ? UNKNOWN_SITE : url, countSkills);
    // A search page with one posting open in its side pane is a posting for the user reading it
    // (the rule the second set's manifest states; the first set predates it).
    const twoPane = OPEN_PANE.has(file) || (/two-pane/.test(file) && label === 'job_posting');
    const expected = label === 'job_posting' || twoPane;
    const kind: PageKind = twoPane ? 'two-pane posting' : expected ? 'posting' : label === 'job_listing' ? 'list' : 'other page';
    return { file: `${dir.split('/').pop()}/${file}`, kind, site: siteOf(url, f[col('site')] ?? ''), url, expected, detected: read.posting !== null, reason: read.reason };
  });
}

/**
 * The manifests' labels over every folder given: job_posting is a posting; lists, forms and
 * articles are not. With `unknownSite`, every page is read at an address of no known site, so
 * only the general reader (structured data, app state, heuristic) decides: the held-out pages
 * are mostly on sites without an adapter.
 */
export function scoreDetection(dirs: string | readonly string[], countSkills: (text: string) => number, unknownSite = false): DetectionScore {
  const rows = (typeof dirs === 'string' ? [dirs] : dirs).filter((d) => existsSync(join(d, 'manifest.csv'))).flatMap((d) => readRows(d, countSkills, unknownSite));
  const tp = rows.filter((r) => r.expected && r.detected).length;
  const fp = rows.filter((r) => !r.expected && r.detected).length;
  const fn = rows.filter((r) => r.expected && !r.detected).length;
  const bySite = new Map<string, SiteScore>();
  for (const r of rows) {
    const s = bySite.get(r.site) ?? bySite.set(r.site, { site: r.site, pages: 0, right: 0, postings: 0, found: 0 }).get(r.site)!;
    s.pages++;
    if (r.expected === r.detected) s.right++;
    if (r.expected) s.postings++;
    if (r.expected && r.detected) s.found++;
  }
  const byKind = new Map<PageKind, KindScore>();
  for (const r of rows) {
    const k = byKind.get(r.kind) ?? byKind.set(r.kind, { kind: r.kind, pages: 0, right: 0 }).get(r.kind)!;
    k.pages++;
    if (r.expected === r.detected) k.right++;
  }
  const perKind = [...byKind.values()];
  const perSite = [...bySite.values()].sort((a, b) => b.pages - a.pages || a.site.localeCompare(b.site));
  return { rows, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, perSite, perKind };
}
