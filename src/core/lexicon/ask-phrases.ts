import type { LexiconList } from './lexicon';

/**
 * Two words that ask for what follows them: "experience with Snowflake", "knowledge of Go". The
 * matcher takes an everyday word after one as a skill (evidence.ts), and the page reader counts a
 * sentence with one as asking something of a candidate (src/page/text-block.ts). Two words each:
 * the matcher looks at the two tokens before a word. The page reader's own list had
 * "experience of" too; it is left out, since before a list of activities ("experience of
 * training, evaluating, testing…") it made the matcher ask for "testing" (one false positive
 * more on the asked eval), and the page finds such sentences by their other words.
 */
export const ASK_PHRASE_LIST: LexiconList = {
  kind: 'ask-phrase',
  text: `
background in
code in
coding in
competence in
competency in
developing in
development in
experience in
experience using
experience with
expertise in
expertise with
familiar with
familiarity with
fluency in
fluent in
knowledge in
knowledge of
proficiency in
proficiency with
proficient in
proficient with
programming in
services in
skilled in
skills in
software in
understanding of
written in
`,
};
