import { EVERYDAY_WORD_LIST, LIST_ONLY_WORD_LIST } from './lexicon/everyday-words';
import { phraseSet } from './lexicon/lexicon';

/** Names read only inside a list of tools (lexicon/everyday-words.ts): "Glue, EMR, S3", not "EMR data". */
export const LIST_ONLY_WORDS: ReadonlySet<string> = phraseSet(LIST_ONLY_WORD_LIST);

/** English words that are also tools' names (the list: lexicon/everyday-words.ts), the list-only names among them. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([...phraseSet(EVERYDAY_WORD_LIST), ...LIST_ONLY_WORDS]);
