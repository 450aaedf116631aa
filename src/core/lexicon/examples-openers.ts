import type { LexiconList } from './lexicon';

/**
 * Words that open a list of examples of the noun before them, in two kinds. The matcher (teams
 * named as examples: "teams such as Perception") and the kind heads ("programming languages
 * such as SQL": asks.ts) read both; only the stand-ins offer a choice (alternatives.ts). A
 * trailing dot is optional in the text ("e.g", "incl").
 *
 * Stand-ins: the items show what kind of thing will do, so any one of them meets the ask:
 * "frameworks such as PyTorch or JAX", "cloud platforms (e.g. AWS, GCP)".
 */
export const EXAMPLES_OPENER_LIST: LexiconList = {
  kind: 'examples-opener',
  text: `
e.g.
for example
for instance
like
such as
`,
};

/**
 * Specifics: the items are what the posting wants within the noun, each of them asked:
 * "strong programming skills, including Python, SQL and Java", "languages, especially Python
 * and Go". Only "including but not limited to" makes them examples again (alternatives.ts).
 */
export const SPECIFICS_OPENER_LIST: LexiconList = {
  kind: 'specifics-opener',
  text: `
especially
incl.
including
namely
particularly
specifically
`,
};
