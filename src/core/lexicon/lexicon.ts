/**
 * The word lists the engine and the page reader share, as data: each list is one phrase a line
 * (lower case, sorted), and each list has one kind. tests/core/lexicon.test.ts checks every list
 * is sorted and unique and that no phrase has two kinds.
 */
export type LexiconKind =
  /** English words that are also tools' names: counted only in their case and with evidence (evidence.ts). */
  | 'everyday-word'
  /** Phrases that name a skill only when asked for ("research experience", not "the latest research"). */
  | 'asked-only'
  /** Words that, right before an asked-only phrase, ask for it ("strong leadership"). */
  | 'ask-adjective'
  /** Words that, right after an asked-only phrase, ask for it ("leadership skills"). */
  | 'ask-noun'
  /** Units of an organisation: "the research team", "our Data Science org". */
  | 'org-unit'
  /** Head nouns of job titles: "Java Developer", "Data Scientist". */
  | 'job-title'
  /** Job-title words only the page reader uses ("Sales Associate"): after a skill they name a thing. */
  | 'page-job-title'
  /** Other words after which a skill names the job: "a Python position". */
  | 'role-word'
  /** Abbreviations and what they stand for, "short: long" a line: "mlops: machine learning ops". */
  | 'abbreviation'
  /** Posting headings and words in other languages than English, for the page reader (other-languages.ts). */
  | 'foreign-requirements-heading'
  | 'foreign-duties-heading'
  | 'foreign-preferred-heading'
  | 'foreign-apply'
  | 'foreign-ask';

export interface LexiconList {
  kind: LexiconKind;
  /** One phrase a line, sorted. */
  text: string;
}

/** The phrases of a list, in order. */
export function phrases(list: LexiconList): string[] {
  return list.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export const phraseSet = (list: LexiconList): ReadonlySet<string> => new Set(phrases(list));
