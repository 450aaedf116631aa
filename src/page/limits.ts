/**
 * Bounds on the work done in a page, whatever the page: a 5 MB page is not a 5 MB posting, and a
 * posting that names skills 75,000 times does not get 75,000 highlights.
 */

/**
 * Characters of page text read as a posting. Real postings run 2,000–30,000 characters; past this
 * bound a page is a dump, a list or an attack, and the first part is what gets analysed.
 */
export const MAX_TEXT_CHARS = 100_000;

/** Skill mentions highlighted in the page (the first ones in reading order). */
export const MAX_HIGHLIGHTS = 5_000;
