import type { LexiconList } from './lexicon';

/**
 * Phrases of a posting's running text: each different one found is a little evidence that a text
 * (jobness.ts) or a page (src/page/cues.ts) is a job posting. Hyphens are spaces ("full-time"
 * is "full time").
 * - Section headings ("Responsibilities", "About the role", "Job description") are not here:
 *   both readers count them once, as headings (lexicon/headings.ts). As running text they
 *   made a blog post about a job ("Requirements are not a checklist") or an event page read
 *   like a posting.
 * - Nor is "years of experience": both readers count experience asked on their own (the
 *   engine's years claims, the page's "5+ years' … experience" pattern).
 * - "You will" is here, "you'll" not: a posting tells the job in its own voice ("you will
 *   build…"), while "you'll" runs through every blog and product page.
 * - Pay ("salary", "compensation", "base pay") is here although it heads sections too: in
 *   running text ("the salary range for this role is…") only postings state it.
 */
export const POSTING_PHRASE_LIST: LexiconList = {
  kind: 'posting-phrase',
  text: `
apply now
apply today
base pay
compensation
equal employment opportunity
equal opportunity
fixed term
full time
join our team
join the team
part time
per annum
per hour
per year
permanent
salary
salary range
the ideal candidate
the successful candidate
we are hiring
we are looking
we are seeking
we're hiring
we're looking
we're seeking
you will
`,
};
