import { phrases, type LexiconList } from './lexicon';

/**
 * Abbreviations of job names and fields, "short: long" a line, shared by the title reader
 * (title.ts) and the role-name finder (role-names.ts). Only ones that are never an everyday word
 * of their own: "de", "ds", "pm" and "cv" (a résumé) are spelled out in titles only (title.ts).
 * DevOps is kept apart: a title's "DevOps" is one word, while a text may write "dev ops".
 */
export const ABBREVIATION_LIST: LexiconList = {
  kind: 'abbreviation',
  text: `
ai: artificial intelligence
backend: back end
bi: business intelligence
frontend: front end
fullstack: full stack
genai: generative artificial intelligence
ml: machine learning
mlops: machine learning ops
nlp: natural language processing
sre: site reliability engineer
swe: software engineer
`,
};

/** The abbreviations as a map, short form to its words (a Map: page words such as "constructor" must not reach Object's keys). */
export function abbreviations(): Map<string, readonly string[]> {
  return new Map(
    phrases(ABBREVIATION_LIST).map((line) => {
      const [short, long] = line.split(':');
      return [short!.trim(), long!.trim().split(' ')];
    }),
  );
}
