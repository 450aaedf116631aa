import * as jobness from './core/jobness';
import * as askPhrases from './core/lexicon/ask-phrases';
import * as headingPhrases from './core/lexicon/heading-phrases';
import * as jobTitles from './core/lexicon/job-titles';
import * as lexicon from './core/lexicon/lexicon';
import * as otherLanguages from './core/lexicon/other-languages';

/**
 * The modules of src/core that the content script's page detector reads (its cue words: the
 * lexicon's headings, posting phrases, job titles), published by /engine.js with the engine. The
 * content script is always injected right after /engine.js, into the same world, so its build
 * takes these from there (scripts/pack/engine-modules.ts) instead of carrying a second copy of the
 * lexicon; the build fails if the content script imports a module of src/core not listed here.
 * Only those it imports itself (the lexicon's heading lists come with heading-phrases): each
 * published export is a property of the engine's global. Keyed by path under src/, without the
 * extension.
 */
export const ENGINE_MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'core/jobness': jobness,
  'core/lexicon/ask-phrases': askPhrases,
  'core/lexicon/heading-phrases': headingPhrases,
  'core/lexicon/job-titles': jobTitles,
  'core/lexicon/lexicon': lexicon,
  'core/lexicon/other-languages': otherLanguages,
};
