/**
 * Pages rendered from a whole app state: SEEK's `window.SEEK_REDUX_DATA = {…}`, Next.js's
 * `<script id="__NEXT_DATA__">`, Phenom career sites' `phApp.ddo = {…}`, and the
 * `__INITIAL_STATE__` / `__PRELOADED_STATE__` of other single-page boards. Before (or instead of) the rendered markup, the posting is in that state:
 * an object with a title, a long description and fields only a job has (salary, work type,
 * advertiser, location…). Exactly one such object is a posting; several is a list's data and
 * says nothing, so the page's markup decides.
 */
import type { JobPostingData } from './json-ld';

/** `window.SEEK_REDUX_DATA = {`, `phApp.ddo = {` (Phenom career sites), and the common Redux/Apollo globals. */
const ASSIGNED = /(?:window\.)?(?:SEEK_REDUX_DATA|__INITIAL_STATE__|__PRELOADED_STATE__|__APP_STATE__|__SERVER_DATA__|__APOLLO_STATE__|phApp\.ddo)\s*=\s*(?=\{)/;
const TITLE_KEYS = ['title', 'jobTitle', 'positionTitle', 'name'];
const DESCRIPTION_KEYS = ['content', 'description', 'jobDescription', 'descriptionHtml', 'jobAdDetails', 'jobDescriptionHtml', 'descriptionText'];
const JOB_KEYS = /^(salary|salaryLabel|workTypes?|employmentType|jobType|advertiser|hiringOrganization|company(Name)?|employer|location|locations|jobLocation|applyUrl|applicationUrl|datePosted|listedAt|listingDate|postedAt|classifications?|workArrangements?|seniority|jobId|requisitionId)$/;
const MIN_DESCRIPTION = 400;
const MAX_DEPTH = 14;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (isObject(v)) return text(v['label'] ?? v['name'] ?? v['text'] ?? v['displayName']);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

/** The object literal starting at `start` (a "{"), up to its matching brace, strings skipped. */
function objectAt(raw: string, start: number): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = start; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return raw.slice(start, i + 1);
  }
  return undefined;
}

/** The state objects of the page's scripts, parsed (unparseable ones are skipped). */
function states(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    let body: string | undefined;
    if (script.id === '__NEXT_DATA__' || script.id === '__NUXT_DATA__') body = raw;
    else {
      const m = ASSIGNED.exec(raw);
      if (m) body = objectAt(raw, m.index + m[0].length);
    }
    if (!body) continue;
    try {
      out.push(JSON.parse(body.replace(/:\s*undefined\b/g, ':null')) as Json);
    } catch {
      // A state that is not plain JSON (functions, dates): nothing to read.
    }
  }
  return out;
}

function asJob(obj: JsonObject): JobPostingData | null {
  const titleKey = TITLE_KEYS.find((k) => typeof obj[k] === 'string');
  const descKey = DESCRIPTION_KEYS.find((k) => (text(obj[k])?.length ?? 0) >= MIN_DESCRIPTION);
  if (!titleKey || !descKey) return null;
  if (!Object.keys(obj).some((k) => JOB_KEYS.test(k))) return null;
  return {
    title: text(obj[titleKey]),
    description: text(obj[descKey]),
    company: text(obj['advertiser'] ?? obj['hiringOrganization'] ?? obj['companyName'] ?? obj['company'] ?? obj['employer']),
    location: text(obj['location'] ?? obj['jobLocation'] ?? obj['locations']),
  };
}

function collect(node: Json, out: JobPostingData[], depth: number): void {
  if (depth > MAX_DEPTH || out.length > 3) return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(node)) return;
  const job = asJob(node);
  if (job) {
    out.push(job);
    return;
  }
  for (const value of Object.values(node)) collect(value, out, depth + 1);
}

/** The one posting the page's app state holds, 'many' when it holds several, or null. */
export function readAppState(doc: Document): JobPostingData | 'many' | null {
  const jobs: JobPostingData[] = [];
  for (const state of states(doc)) collect(state, jobs, 0);
  const distinct = [...new Map(jobs.map((j) => [`${j.title ?? ''}|${(j.description ?? '').slice(0, 200)}`, j])).values()];
  if (distinct.length === 0) return null;
  return distinct.length === 1 ? distinct[0]! : 'many';
}
