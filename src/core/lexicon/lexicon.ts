/**
 * The word lists the engine and the page reader share, as data: each list is one phrase a line
 * (lower case, sorted), and each list has one kind. The data validator (checkLexicon, run by the
 * build through scripts/validate-data.ts and called by tests/core/lexicon.test.ts) checks every
 * list is sorted and unique and that no phrase has two kinds in a family.
 */
/** What a section heading announces, whoever reads it (the engine's sections, the page reader's cues). */
export type HeadingKind = 'required' | 'preferred' | 'responsibilities' | 'company' | 'legal' | 'benefits' | 'tools' | 'notes';

export type LexiconKind =
  /** English words that are also tools' names: counted only in their case and with evidence (evidence.ts). */
  | 'everyday-word'
  /** Names that are as often another trade's acronym: counted only inside a list of tools (evidence.ts). */
  | 'list-only-word'
  /** Phrases that name a skill only when asked for ("research experience", not "the latest research"). */
  | 'asked-only'
  /** Kinds of data a duty names as its material, asked only by a qualification ("work with unstructured data"). */
  | 'duty-material'
  /** Words that, right before an asked-only phrase, ask for it ("strong leadership"). */
  | 'ask-adjective'
  /** Words that, right after an asked-only phrase, ask for it ("leadership skills"). */
  | 'ask-noun'
  /** Two words that ask for what follows: "experience with", "knowledge of" (ask-phrases.ts). */
  | 'ask-phrase'
  /** Verbs whose object is asked of the candidate: "implement search algorithms" (work-verbs.ts). */
  | 'work-verb'
  /** Verbs of any making, work verbs only beside one: "design and build" (work-verbs.ts). */
  | 'making-verb'
  /** Verbs that name a skill only with a work object: "evaluate models" (work-verbs.ts). */
  | 'object-verb'
  /** Verbs that deploy models they take "into production": "ship ML models to production" (work-verbs.ts). */
  | 'production-verb'
  /** Objects of work verbs that the taxonomy names with their verb: "deploy models" (work-verbs.ts). */
  | 'work-object'
  /** What a field of models is built into, whose work is on its models: "deploy ML solutions" (work-verbs.ts). */
  | 'model-product'
  /** What a field of models is shipped as, its models deployed only by a verb that deploys: "deploy AI features" (work-verbs.ts). */
  | 'deployed-product'
  /** Words that open a list of stand-ins, any one of which will do: "such as", "e.g." (examples-openers.ts). */
  | 'examples-opener'
  /** Words that open a list of specifics, each of them asked: "including", "especially" (examples-openers.ts). */
  | 'specifics-opener'
  /** Words that open a sentence or list item and name nothing: "the", "successful" (sentence-openers.ts). */
  | 'sentence-opener'
  /** Words that typically open a list item, read capitalised where scraping glued items together: "learningExperience" (item-openers.ts). */
  | 'item-opener'
  /** What a duty wants of the work, after "desired": "the desired performance" (work-aims.ts). */
  | 'work-aim'
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
  /** Abbreviations only job titles spell out ("pm: product manager"): abbreviations.ts. */
  | 'title-abbreviation'
  /** Section headings only postings have, by what the section holds (headings.ts). */
  | `heading-${HeadingKind}`
  /** Words that say what a section holds once a line is known to be a heading ("Skills"): headings.ts. */
  | `section-word-${Exclude<HeadingKind, 'tools' | 'notes'>}`
  /** Phrases of running text that tell a job posting ("we are hiring", "full time"): posting-phrases.ts. */
  | 'posting-phrase'
  /** Posting headings in other languages than English, for the page reader (other-languages.ts). */
  | 'foreign-requirements-heading'
  | 'foreign-duties-heading'
  | 'foreign-preferred-heading'
  /** Apply controls and phrases that ask of a candidate, in other languages (other-languages.ts). */
  | 'foreign-apply'
  | 'foreign-ask';

/**
 * The readers a list serves. A phrase has one kind within a family; across families a word can
 * serve twice, since the readers never meet: "experience" heads a section ("Experience") and,
 * in a sentence, asks for the skill before it ("leadership experience"); "compensation" is a
 * heading and, in running text, a sign of a posting. Abbreviations are one family keyed by
 * their short form ("mlops: …"): a short form means one thing whichever reader spells it out.
 * Item openers are read only at the joins of glued text, where a heading word ("Experience") or
 * an ask word ("Strong") equally opens the next item.
 */
export type LexiconFamily = 'sentence-word' | 'heading' | 'running-text' | 'abbreviation' | 'item-opener';

export function familyOf(kind: LexiconKind): LexiconFamily {
  if (kind.startsWith('heading-') || kind.startsWith('section-word-') || /^foreign-.*-heading$/.test(kind)) return 'heading';
  if (kind === 'abbreviation' || kind === 'title-abbreviation') return 'abbreviation';
  if (kind === 'item-opener') return 'item-opener';
  return kind === 'posting-phrase' ? 'running-text' : 'sentence-word';
}

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
