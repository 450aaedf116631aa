import { ASK_ADJECTIVE_LIST, ASK_NOUN_LIST } from './lexicon/asked-only';
import { phraseSet } from './lexicon/lexicon';

/** Nouns that open a qualification rather than a duty ("Experience deploying…", "Ability to…"), as a set: the evidence rules and the duty index read it. */
export const ASK_NOUNS: ReadonlySet<string> = phraseSet(ASK_NOUN_LIST);

/** Words that, right before an asked-only phrase, ask for it ("strong leadership"), as a set: the evidence rules and plural-things.ts read it. */
export const ASK_ADJECTIVES: ReadonlySet<string> = phraseSet(ASK_ADJECTIVE_LIST);
