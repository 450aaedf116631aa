/**
 * schema.org data in `<script type="application/ld+json">`: every JobPosting on the page (at the
 * top level, in arrays, in `@graph`, or nested as `mainEntity`) and every other `@type` seen,
 * which the heuristic uses as negative evidence (an Event or a Product page is not a posting).
 */
import type { StructuredFacts } from '../core/facts/types';
import { inlineText, parseFragment } from './html-to-text';

export interface JobPostingData {
  title?: string;
  company?: string;
  location?: string;
  /** HTML (possibly entity-escaped) or plain text, as the site wrote it. */
  description?: string;
  validThrough?: string;
  /** Pay, remote and employment type, raw: src/core/facts reads them. */
  structured?: StructuredFacts;
}

export interface StructuredData {
  postings: JobPostingData[];
  /** Short type names ("Event", "BreadcrumbList") of every object that is not a JobPosting. */
  otherTypes: Set<string>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 12;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "http://schema.org/JobPosting", "schema:JobPosting" → "JobPosting". */
function typesOf(obj: JsonObject): string[] {
  const raw = obj['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

/** Parses one script; sites often ship raw newlines inside strings or HTML comments around the JSON. */
export function parseJsonLd(text: string): Json | undefined {
  const body = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').trim();
  if (body === '') return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    try {
      // Control characters inside strings are invalid JSON but common (Workday, small CMSs).
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['name']);
  return undefined;
}

function placeText(place: Json | undefined): string | undefined {
  if (typeof place === 'string') return str(place);
  if (!isObject(place)) return undefined;
  const address = place['address'];
  if (typeof address === 'string') return str(address);
  if (!isObject(address)) return str(place['name']);
  // iCIMS fills missing parts with "UNAVAILABLE".
  const parts = [address['addressLocality'], address['addressRegion'], address['addressCountry']]
    .map(str)
    .filter((p): p is string => p !== undefined && !/^(unavailable|n\/?a|null|undefined|-)$/i.test(p));
  return parts.length > 0 ? [...new Set(parts)].join(', ') : undefined;
}

function locationOf(obj: JsonObject): string | undefined {
  const places = Array.isArray(obj['jobLocation']) ? obj['jobLocation'] : [obj['jobLocation']];
  const names = places.map(placeText).filter((p): p is string => p !== undefined);
  if (str(obj['jobLocationType'])?.toUpperCase() === 'TELECOMMUTE') names.unshift('Remote');
  return names.length > 0 ? [...new Set(names)].join('; ') : undefined;
}

function toPosting(obj: JsonObject, doc: Document): JobPostingData {
  // Titles and names are sometimes entity-encoded ("R&amp;D Engineer").
  const decode = (s: string | undefined) => (s === undefined ? undefined : inlineText(parseFragment(s, doc)) || undefined);
  return {
    title: decode(str(obj['title']) ?? str(obj['name'])),
    company: decode(str(obj['hiringOrganization'])),
    location: locationOf(obj),
    description: typeof obj['description'] === 'string' ? obj['description'] : undefined,
    validThrough: str(obj['validThrough']),
    structured: {
      baseSalary: obj['baseSalary'] ?? obj['estimatedSalary'],
      jobLocationType: obj['jobLocationType'],
      employmentType: obj['employmentType'],
    },
  };
}

function visit(value: Json, doc: Document, out: StructuredData, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, doc, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const types = typesOf(value);
  if (types.includes('JobPosting')) {
    out.postings.push(toPosting(value, doc));
    return;
  }
  for (const t of types) out.otherTypes.add(t);
  for (const child of Object.values(value)) visit(child, doc, out, depth + 1);
}

export function readJsonLd(doc: Document): StructuredData {
  const out: StructuredData = { postings: [], otherTypes: new Set() };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^application\/ld\+json\b/i.test(script.getAttribute('type') ?? '')) continue;
    const parsed = parseJsonLd(script.textContent ?? '');
    if (parsed !== undefined) visit(parsed, doc, out, 0);
  }
  return out;
}
