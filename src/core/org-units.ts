import { ORG_UNIT_LIST } from './lexicon/org-units';
import { phrases } from './lexicon/lexicon';

/** Nouns for a unit of an organisation and their plurals (the list: lexicon/org-units.ts). */
export const ORG_UNITS: readonly string[] = phrases(ORG_UNIT_LIST).flatMap((w) => [w, w.endsWith('s') ? w : `${w}s`]);
