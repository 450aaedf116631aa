import type { LexiconList } from './lexicon';

/**
 * Words that open a list of examples of the noun before them: "frameworks such as PyTorch or
 * JAX", "cloud platforms (e.g. AWS, GCP)", "teams like Ads", "languages, especially Python".
 * The one list the matcher (teams named as examples: "teams such as Perception"), the kind
 * heads ("programming languages such as SQL": asks.ts) and the alternatives ("such as PyTorch
 * or JAX": any one will do, alternatives.ts) read. A trailing dot is optional in the text
 * ("e.g", "incl").
 */
export const EXAMPLES_OPENER_LIST: LexiconList = {
  kind: 'examples-opener',
  text: `
e.g.
especially
for example
for instance
incl.
including
like
namely
particularly
specifically
such as
`,
};
