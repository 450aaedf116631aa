import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { detectPosting } from '../../src/page/detect';
import { SHARED_PAGES, toDocument } from './helpers';

/**
 * On the saved real pages that carry schema.org JobPosting data, the facts the engine reports
 * agree with that data, read here on its own (plain JSON.parse, no code shared with the reader):
 * pay from `baseSalary`, remote from `jobLocationType`, and the place from `jobLocation`.
 */
const MORE = SHARED_PAGES.replace(/job_pages_html\/$/, 'job_pages_more/');
const present = existsSync(`${SHARED_PAGES}manifest.csv`) && existsSync(`${MORE}manifest.csv`);

/** Addresses of the first set (its manifest has none); the second set's manifest gives them. */
const FIRST_SET: Record<string, string> = {
  'job/icims_mercyhealth_medical-lab-scientist.html': 'https://careers.mercyhealthsystem.org/jobs/39454?lang=en-us',
  'job/indeed_au_senior-devops-engineer.html': 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
  'job/indeed_us_software-engineer-data-engineering.html': 'https://www.indeed.com/viewjob?jk=877a31af4a15e83f',
};

function pages(): Array<[path: string, url: string]> {
  const out: Array<[string, string]> = Object.entries(FIRST_SET).map(([f, u]) => [`${SHARED_PAGES}${f}`, u]);
  for (const line of readFileSync(`${MORE}manifest.csv`, 'utf8').split('\n')) {
    const url = /,(https?:\/\/[^,"\s]+)\s*$/.exec(line)?.[1];
    const file = line.split(',')[0];
    if (url && file?.startsWith('job/')) out.push([`${MORE}${file}`, url]);
  }
  return out;
}

type Json = Record<string, unknown>;
function jobPostings(html: string): Json[] {
  const found: Json[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    if (String(o['@type']).includes('JobPosting')) found.push(o);
    else Object.values(o).forEach(walk);
  };
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      walk(JSON.parse(m[1]!));
    } catch {
      // A script the page itself broke: the reader skips it too.
    }
  }
  return found;
}

describe.skipIf(!present)('posting facts agree with the page’s schema.org data', () => {
  const engine = getBundledEngine();
  // Read only where the data is: vitest runs a skipped describe's body to collect its tests.
  const checked = (present ? pages() : [])
    .map(([path, url]) => ({ path, url, html: readFileSync(path, 'utf8') }))
    .map((p) => ({ ...p, ld: jobPostings(p.html) }))
    .filter((p) => p.ld.length === 1);

  test('there are pages to check', () => {
    expect(checked.length).toBeGreaterThanOrEqual(5);
    const paid = checked.filter((p) => /"maxValue"\s*:\s*[1-9]/.test(p.html));
    expect(paid.length).toBeGreaterThanOrEqual(3);
  });

  test.each(checked.map((p) => [p.path.replace(/^.*\/data\//, ''), p] as const))('%s', (_name, page) => {
    const ld = page.ld[0]!;
    const detection = detectPosting(toDocument(page.html), page.url);
    expect(detection.kind).toBe('posting');
    if (detection.kind !== 'posting') return;
    const analysis = engine.analyze(detection.posting, []);

    const value = ((ld['baseSalary'] as Json | undefined)?.['value'] ?? {}) as Json;
    const min = Number(value['minValue'] ?? value['value'] ?? 0);
    const max = Number(value['maxValue'] ?? value['value'] ?? 0);
    if (min > 0 && max > 0) {
      expect(analysis.salary).toMatchObject({ min, max, currency: (ld['baseSalary'] as Json)['currency'] });
    }
    if (String(ld['jobLocationType'] ?? '').toUpperCase() === 'TELECOMMUTE') expect(analysis.remote).toBe('remote');
    const places = [ld['jobLocation']].flat() as Array<Json | undefined>;
    const locality = (places[0]?.['address'] as Json | undefined)?.['addressLocality'];
    if (typeof locality === 'string' && locality.trim() !== '') expect(analysis.location).toContain(locality.trim());
  });
});
