/** What a site adapter reads from one of its pages. */
export interface SiteRead {
  title?: string;
  company?: string;
  location?: string;
  /** The element holding the displayed description (highlights go there). */
  root: Element;
  /**
   * The description when the page holds it only as data (LinkedIn's hidden <code> blocks before the
   * pane renders): read instead of `root`'s text, and `root` is then only where the posting sits.
   */
  text?: string;
}

/**
 * Examples an adapter carries (as github-url-detection's addTests): a matrix test checks each
 * adapter against every adapter's URLs, and that the pages it was checked on exist.
 */
export interface SiteExamples {
  /** URLs that show one posting (alone, or open in a two-pane search). */
  posting: readonly string[];
  /** Boards and search pages: lists of postings. */
  listing: readonly string[];
  /** Other pages of the site: neither. */
  other: readonly string[];
  /**
   * Pages the adapter was checked on, as paths from the repository root: our fixtures
   * (tests/fixtures/pages/…) or saved real pages (../shared/data/…, not redistributable).
   */
  checkedOn: readonly string[];
}

/**
 * Where a site shows a posting or a list: pure one-line tests of a URL and the hosts, apart from
 * the page readers (./urls/), so that the background, which only needs to know where to inject,
 * carries none of the readers.
 */
export interface SiteUrls {
  name: string;
  /**
   * Host patterns this adapter owns: "jobs.lever.co" exactly, "*.indeed.com" for the domain and
   * its subdomains. The manifest's host permissions are generated from these (https only).
   */
  hosts: readonly string[];
  isPostingUrl(url: URL): boolean;
  isListingUrl(url: URL): boolean;
  examples: SiteExamples;
  matches(url: URL): boolean;
}

export interface SiteReader {
  /** Reads the open posting; null when none is shown (or the markup is not recognised). */
  read?(doc: ParentNode, url: URL): SiteRead | null;
}

/** A site's URLs and, for the sites whose pages need one, its page reader. */
export type SiteAdapter = SiteUrls & SiteReader;

/** Does a hostname fall under a host pattern ("*.x.com" also covers x.com itself, as Chrome's match patterns do). */
export function hostMatches(pattern: string, hostname: string): boolean {
  if (!pattern.startsWith('*.')) return hostname === pattern;
  const domain = pattern.slice(2);
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

export function siteUrls(def: Omit<SiteUrls, 'matches'>): SiteUrls {
  return { ...def, matches: (url) => url.protocol.startsWith('http') && def.hosts.some((h) => hostMatches(h, url.hostname)) };
}

export function defineSite(urls: SiteUrls, reader: SiteReader): SiteAdapter {
  return { ...urls, ...reader };
}

/** Drops empty strings so a reader can spread optional fields without `title: ''`. */
export function defined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
