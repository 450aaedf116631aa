import { ABBREVIATION_LIST } from './abbreviations';
import { ASK_ADJECTIVE_LIST, ASK_NOUN_LIST, ASKED_ONLY_LIST } from './asked-only';
import { EVERYDAY_WORD_LIST } from './everyday-words';
import { JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST, ROLE_WORD_LIST } from './job-titles';
import { phrases, type LexiconList } from './lexicon';
import { ORG_UNIT_LIST } from './org-units';
import { FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_REQUIREMENTS_HEADING_LIST } from './other-languages';

/** Every list of the lexicon, for the data rules below. */
export const LEXICON: readonly LexiconList[] = [EVERYDAY_WORD_LIST, ASKED_ONLY_LIST, ASK_ADJECTIVE_LIST, ASK_NOUN_LIST, ORG_UNIT_LIST, JOB_TITLE_LIST, PAGE_JOB_TITLE_LIST, ROLE_WORD_LIST, ABBREVIATION_LIST,
  FOREIGN_REQUIREMENTS_HEADING_LIST, FOREIGN_DUTIES_HEADING_LIST, FOREIGN_PREFERRED_HEADING_LIST, FOREIGN_APPLY_LIST, FOREIGN_ASK_LIST];

/** The lexicon's data rules: each list lower case, sorted and unique; no phrase with two kinds. */
export function checkLexicon(lists: readonly LexiconList[] = LEXICON): string[] {
  const errors: string[] = [];
  const kindOf = new Map<string, string>();
  for (const list of lists) {
    const all = phrases(list);
    all.forEach((p, i) => {
      if (p !== p.toLowerCase()) errors.push(`lexicon ${list.kind}: "${p}" is not lower case`);
      if (i > 0 && all[i - 1]! >= p) errors.push(`lexicon ${list.kind}: "${p}" is ${all[i - 1] === p ? 'repeated' : `out of order after "${all[i - 1]}"`}`);
      const other = kindOf.get(p);
      if (other !== undefined && other !== list.kind) errors.push(`lexicon: "${p}" is both ${other} and ${list.kind}`);
      kindOf.set(p, list.kind);
    });
  }
  return errors;
}
