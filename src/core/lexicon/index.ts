import { ABBREVIATION_LIST, TITLE_ABBREVIATION_LIST } from './abbreviations';
import { ASK_PHRASE_LIST } from './ask-phrases';
import { ASK_ADJECTIVE_LIST, ASK_NOUN_LIST, ASKED_ONLY_LIST, DUTY_MATERIAL_LIST } from './asked-only';
import { EVERYDAY_WORD_LIST, LIST_ONLY_WORD_LIST } from './everyday-words';
import { EXAMPLES_OPENER_LIST, SPECIFICS_OPENER_LIST } from './examples-openers';
import { HEADING_LISTS } from './headings';
import { ITEM_OPENER_LIST } from './item-openers';
import { JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST, ROLE_WORD_LIST } from './job-titles';
import { familyOf, phrases, type LexiconList } from './lexicon';
import { ORG_UNIT_LIST } from './org-units';
import { FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_REQUIREMENTS_HEADING_LIST } from './other-languages';
import { POSTING_PHRASE_LIST } from './posting-phrases';
import { SENTENCE_OPENER_LIST } from './sentence-openers';
import { WORK_AIM_LIST } from './work-aims';
import { DEPLOYED_PRODUCT_LIST, MAKING_VERB_LIST, MODEL_PRODUCT_LIST, OBJECT_VERB_LIST, PRODUCTION_VERB_LIST, WORK_OBJECT_LIST, WORK_VERB_LIST } from './work-verbs';

/** Every list of the lexicon, for the data rules below. */
export const LEXICON: readonly LexiconList[] = [EVERYDAY_WORD_LIST, LIST_ONLY_WORD_LIST, ASKED_ONLY_LIST, DUTY_MATERIAL_LIST, ASK_ADJECTIVE_LIST, ASK_NOUN_LIST, ASK_PHRASE_LIST, WORK_VERB_LIST, MAKING_VERB_LIST, OBJECT_VERB_LIST, PRODUCTION_VERB_LIST, WORK_OBJECT_LIST, MODEL_PRODUCT_LIST, DEPLOYED_PRODUCT_LIST, EXAMPLES_OPENER_LIST, SPECIFICS_OPENER_LIST, SENTENCE_OPENER_LIST, ITEM_OPENER_LIST, ORG_UNIT_LIST, JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST, ROLE_WORD_LIST, ABBREVIATION_LIST, TITLE_ABBREVIATION_LIST, ...HEADING_LISTS, POSTING_PHRASE_LIST,
  FOREIGN_REQUIREMENTS_HEADING_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST, WORK_AIM_LIST];

/** The lexicon's data rules: each list lower case, sorted and unique; no phrase with two kinds in a family (lexicon.ts); ask phrases of two words. */
export function checkLexicon(lists: readonly LexiconList[] = LEXICON): string[] {
  const errors: string[] = [];
  const kindOf = new Map<string, string>();
  for (const list of lists) {
    const all = phrases(list);
    all.forEach((p, i) => {
      if (p !== p.toLowerCase()) errors.push(`lexicon ${list.kind}: "${p}" is not lower case`);
      // The matcher reads an ask phrase in the two tokens before a word (evidence.ts).
      if (list.kind === 'ask-phrase' && p.split(' ').length !== 2) errors.push(`lexicon ask-phrase: "${p}" is not two words`);
      if (i > 0 && all[i - 1]! >= p) errors.push(`lexicon ${list.kind}: "${p}" is ${all[i - 1] === p ? 'repeated' : `out of order after "${all[i - 1]}"`}`);
      const family = familyOf(list.kind);
      const key = `${family}\u0000${family === 'abbreviation' ? p.slice(0, p.indexOf(':')).trim() : p}`;
      const other = kindOf.get(key);
      if (other !== undefined && other !== list.kind) errors.push(`lexicon: "${p}" is both ${other} and ${list.kind}`);
      kindOf.set(key, list.kind);
    });
  }
  return errors;
}
