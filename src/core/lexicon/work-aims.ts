import type { LexiconList } from './lexicon';

/**
 * What a duty wants of the work, not of the candidate, named after "desired": "Conduct evaluations
 * of LLMs to ensure the models meet the desired performance criteria", "…metrics to evaluate our
 * models across many desired scenarios" (three such in the 488 development postings). After
 * these, "desired" asks nothing (sentence-cues.ts); "The desired candidate is…" still prefers.
 */
export const WORK_AIM_LIST: LexiconList = {
  kind: 'work-aim',
  text: `
behavior
behaviour
effect
effects
goal
goals
impact
outcome
outcomes
performance
result
results
scenarios
state
`,
};
