/** What a site adapter reads from one of its pages. */
export interface SiteRead {
  title?: string;
  company?: string;
  location?: string;
  /** The element holding the displayed description (highlights go there). */
  root: Element;
}

/**
 * One adapter a job site: pure functions of a URL and of a document, each with the pages it was
 * checked on listed at the end of its file. `read` returns null when no open posting is shown.
 */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  /** URLs that show one posting (alone, or in the detail pane of a two-pane search). */
  isPostingUrl?(url: URL): boolean;
  /** Board and search pages: a list of postings. */
  isListingUrl?(url: URL): boolean;
  read(doc: ParentNode, url: URL): SiteRead | null;
}

/** Drops empty strings so a reader can spread optional fields without `title: ''`. */
export function defined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
