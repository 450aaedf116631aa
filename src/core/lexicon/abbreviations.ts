import { phrases, type LexiconList } from './lexicon';

/**
 * Abbreviations of job names and fields, "short: long" a line, shared by the title reader
 * (title.ts), the role-name finder (role-names.ts) and the role build's title labels
 * (scripts/roles/title-to-role.ts). The long form is how a posting spells it out: "ML Ops" and
 * "dev ops" are written so, and each reader maps the words to its own synonyms (the title reader
 * makes "ops" operations). Only ones that are never an everyday word of their own: "de", "ds",
 * "pm" and "cv" (a résumé) are spelled out in titles only (TITLE_ABBREVIATION_LIST). The data
 * validator keys both lists by the short form: one abbreviation, one meaning.
 */
export const ABBREVIATION_LIST: LexiconList = {
  kind: 'abbreviation',
  text: `
ai: artificial intelligence
backend: back end
bi: business intelligence
devops: dev ops
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

/** Abbreviations that only a job title spells out: in running text "de", "pm" and "cv" are other words. */
export const TITLE_ABBREVIATION_LIST: LexiconList = {
  kind: 'title-abbreviation',
  text: `
cv: computer vision
de: data engineer
ds: data scientist
jr: junior
llm: large language model
llms: large language model
pm: product manager
qa: quality assurance
sde: software engineer
sr: senior
`,
};

/** The abbreviations as a map, short form to its words (a Map: page words such as "constructor" must not reach Object's keys). */
export function abbreviations(list: LexiconList = ABBREVIATION_LIST): Map<string, readonly string[]> {
  return new Map(
    phrases(list).map((line) => {
      const [short, long] = line.split(':');
      return [short!.trim(), long!.trim().split(' ')];
    }),
  );
}
