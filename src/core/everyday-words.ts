import { EVERYDAY_WORD_LIST } from './lexicon/everyday-words';
import { phraseSet } from './lexicon/lexicon';

/** English words that are also tools' names (the list: lexicon/everyday-words.ts). */
export const EVERYDAY_WORDS: ReadonlySet<string> = phraseSet(EVERYDAY_WORD_LIST);
