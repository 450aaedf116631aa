import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CONTENT_MATCHES } from '../../src/content/job-sites';
import { siteFor, sites } from '../../src/page/sites';
import { hostMatches } from '../../src/page/sites/types';
import { siteUrlsFor, SITE_URLS } from '../../src/page/sites/urls';

/**
 * The matrix built from the adapters' own examples (as github-url-detection's addTests): every
 * adapter has examples, owns its URLs and no other adapter's, and tells postings from lists.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = `${REPO}../shared/data/`;
const entries = sites.map((site) => [site.name, site] as const);
const allUrls = sites.flatMap((s) => [...s.examples.posting, ...s.examples.listing, ...s.examples.other].map((url) => [s.name, url] as const));
const OFF_SITE = [
  'https://northwind.example/careers/senior-machine-learning-engineer',
  'https://en.wikipedia.org/wiki/Mozilla',
  'https://notindeed.com/viewjob?jk=1',
  'https://lever.co.evil.example/x',
  'https://www.linkedin.com.evil.example/jobs/view/3999888700/',
  'file:///home/me/jobs/job/81234567',
];

describe('site adapters', () => {
  test('at least 30 sites, each named once', () => {
    expect(sites.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sites.map((s) => s.name)).size).toBe(sites.length);
  });

  test.each(entries)('%s carries posting and list examples and the pages it was checked on, as a list', (_, site) => {
    expect(site.examples.posting.length).toBeGreaterThan(0);
    expect(site.examples.listing.length).toBeGreaterThan(0);
    expect(Array.isArray(site.examples.checkedOn)).toBe(true);
  });

  test.each(entries)('%s: true on its own postings only, its lists are lists, its other pages neither', (_, site) => {
    for (const url of site.examples.posting) {
      const u = new URL(url);
      expect(site.matches(u), url).toBe(true);
      expect(site.isPostingUrl(u), url).toBe(true);
      expect(site.isListingUrl(u), url).toBe(false);
    }
    for (const url of site.examples.listing) {
      const u = new URL(url);
      expect(site.matches(u), url).toBe(true);
      expect(site.isListingUrl(u), url).toBe(true);
      expect(site.isPostingUrl(u), url).toBe(false);
    }
    for (const url of site.examples.other) {
      const u = new URL(url);
      expect(site.matches(u), url).toBe(true);
      expect([site.isPostingUrl(u), site.isListingUrl(u)], url).toEqual([false, false]);
    }
  });

  test.each(entries)("%s matches no other adapter's example and no off-site URL", (name, site) => {
    for (const [owner, url] of allUrls) if (owner !== name) expect(site.matches(new URL(url)), `${url} (of ${owner})`).toBe(false);
    for (const url of OFF_SITE) expect(site.matches(new URL(url)), url).toBe(false);
  });

  test('siteFor picks each example URL\'s owner', () => {
    for (const [owner, url] of allUrls) expect(siteFor(new URL(url))?.name, url).toBe(owner);
    for (const url of OFF_SITE) expect(siteFor(new URL(url)), url).toBeUndefined();
  });
});

describe('conventions', () => {
  test.each(entries)('%s: every page it names as checked exists', (_, site) => {
    for (const path of site.examples.checkedOn) {
      // Saved real pages live beside the repository and may be absent on another machine.
      if (path.startsWith('../shared/data/') && !existsSync(SHARED)) continue;
      expect(existsSync(`${REPO}${path}`), path).toBe(true);
    }
  });

  test('one site per file: its URLs in urls/, its page reader (if any) beside; every file is in the lists', () => {
    const helpers = new Set(['index.ts', 'types.ts', 'read-selectors.ts', 'linkedin-data.ts', 'linkedin-title.ts', 'urls']);
    const names = (dir: string) => readdirSync(`${REPO}${dir}`).filter((f) => !helpers.has(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(names('src/page/sites/urls')).toEqual(sites.map((s) => s.name).sort());
    expect(names('src/page/sites')).toEqual(sites.filter((s) => s.read).map((s) => s.name).sort());
  });

  test('the background\'s URL list is the adapters\' list: the same sites in the same order, with the same URL tests', () => {
    expect(SITE_URLS.map((s) => s.name)).toEqual(sites.map((s) => s.name));
    SITE_URLS.forEach((urls, i) => {
      expect(sites[i]!.isPostingUrl).toBe(urls.isPostingUrl);
      expect(sites[i]!.hosts).toBe(urls.hosts);
    });
    for (const [owner, url] of allUrls) expect(siteUrlsFor(new URL(url))?.name, url).toBe(owner);
    // 25 of the 32 sites have a reader of their own; the rest are read by JSON-LD and the heuristic.
    expect(sites.filter((s) => s.read).length).toBeGreaterThanOrEqual(25);
  });

  test('host permissions are https patterns generated from the adapters, and only job sites', () => {
    const expected = new Set(sites.flatMap((s) => s.hosts.map((h) => `https://${h}/*`)));
    expect(new Set(CONTENT_MATCHES)).toEqual(expected);
    for (const pattern of CONTENT_MATCHES) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    expect(CONTENT_MATCHES).not.toContain('https://*/*');
  });

  test('the README lists every site with its hosts (scripts/sites-table.ts prints the table)', () => {
    const readme = readFileSync(`${REPO}README.md`, 'utf8');
    for (const site of sites) expect(readme, site.name).toContain(`| ${site.name} | ${site.hosts.map((h) => `\`${h}\``).join(' ')} |`);
  });

  test('a host pattern covers its domain and subdomains, and nothing that merely ends alike', () => {
    expect(hostMatches('*.indeed.com', 'indeed.com')).toBe(true);
    expect(hostMatches('*.indeed.com', 'uk.indeed.com')).toBe(true);
    expect(hostMatches('*.indeed.com', 'notindeed.com')).toBe(false);
    expect(hostMatches('jobs.lever.co', 'jobs.eu.lever.co')).toBe(false);
  });
});
