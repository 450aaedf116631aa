/**
 * The spellings the taxonomy build adds to every alias (scripts/taxonomy/assemble.ts): the forms
 * postings write a name in that the alias list does not spell out.
 */
import { expect, test } from 'vitest';
import { spellingVariants } from '../../scripts/taxonomy/assemble';

test.each([
  ['scikit-learn', ['scikit learn', 'scikitlearn']],
  ['Node.js', ['Node js', 'Nodejs']],
  ['feature stores', ['feature-stores']],
  // Postings typeset the apostrophe ("a valid driver’s license"); the tokenizer reads ’ as a sign of its own.
  ["driver's license", ["driver's-license", 'driver’s license']],
  // A compound adjective is written with the hyphen or a space, never glued ("objectoriented").
  ['object-oriented design', ['object oriented design', 'object-oriented-design']],
  ['event-driven', ['event driven']],
  // A prefix is glued too ("pretraining").
  ['pre-training', ['pre training', 'pretraining']],
  // A closed compound is also written open ("own the whole ML life-cycle", "large data sets"); a brand's capital is kept whole.
  ['ML lifecycle', ['ML-lifecycle', 'ML life cycle', 'ML life-cycle']],
  ['cleaning datasets', ['cleaning-datasets', 'cleaning data sets']],
  ['legacy codebases', ['legacy-codebases', 'legacy code bases']],
  ['HF Datasets', ['HF-Datasets']],
  // A brand postings also write glued: "Huggingface Accelerate".
  ['Hugging Face Accelerate', ['Hugging-Face-Accelerate', 'HuggingFace Accelerate']],
  // A brand written with capitals inside is also written open ("Service Now", "Open AI"); one of a word and an acronym also glued ("VertexAI").
  ['ServiceNow', ['Service Now']],
  ['OpenAI', ['Open AI']],
  ['Vertex AI', ['Vertex-AI', 'VertexAI']],
])('%s is also written %j', (alias, variants) => {
  expect(spellingVariants(alias).sort()).toEqual([...variants].sort());
});

test('a name without hyphen, space, ".js", apostrophe or capitals inside has no other spelling', () => {
  expect(spellingVariants('Kubernetes')).toEqual([]);
  // A one-letter part is no word of its own: "iOS" is never "i OS"; nor is "XGBoost" (capitals only before the word).
  expect(spellingVariants('iOS')).toEqual([]);
  expect(spellingVariants('XGBoost')).toEqual([]);
});
