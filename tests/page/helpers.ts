import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/**
 * A DOM Document from HTML, parsed by linkedom. linkedom's Document implements the parts of the
 * DOM the readers use but is typed separately, hence the one cast here.
 */
export function toDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function fixture(name: string): Document {
  return toDocument(readFileSync(`${FIXTURES}${name}`, 'utf8'));
}

/** The shared development data (saved real pages, not redistributable), when present beside the repo. */
export const SHARED_PAGES = fileURLToPath(new URL('../../../shared/data/job_pages_html/', import.meta.url));

/** The later harvest of saved real pages (LinkedIn signed in, raw Workday, search pages of many boards). */
export const SHARED_MORE_PAGES = fileURLToPath(new URL('../../../shared/data/job_pages_more/', import.meta.url));
