import { expect, test } from 'vitest';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';

const matcher = createMatcher(BUNDLED_TAXONOMY);
const found = (text: string) => matcher.findMentions(text).map((m) => `${m.skillId}:${m.span.text}`);

// Lines in our own words, modelled on requirement lines of the development postings.
test.each([
  ['Linux systems programming experience in C++', ['linux:Linux', 'computer-systems:systems programming']],
  ['Integrate machine learning models into production environments', ['machine-learning:machine learning', 'model-deployment:models into production']],
  ['Building and managing cloud infrastructure as code with Terraform', ['cloud-computing:cloud', 'infrastructure-as-code:infrastructure as code']],
])('a match\'s optional last word goes to the next name: %s', (text, expected) => {
  expect(found(text)).toEqual(expect.arrayContaining(expected));
});

test.each([
  // The next name is the kind the first belongs to, or written as a kind.
  ['Fluency in one modern object-oriented programming language', 'oop:object-oriented programming', 'programming-languages'],
  // The first match is no skill without its last word.
  ['Strong understanding of generative AI technologies', 'generative-ai:generative AI', 'artificial-intelligence'],
  // The first match without its last word is an everyday word ("ranking"), no name to leave behind.
  ['Reduce bias in recommendation, content understanding, and ranking systems at scale.', 'search-ranking:ranking systems', 'distributed-systems'],
])('%s keeps its longest match', (text, longest, notGiven) => {
  expect(found(text)).toContain(longest);
  expect(found(text).map((f) => f.split(':')[0])).not.toContain(notGiven);
});

// Lines in our own words, modelled on development postings (ml1000-126, 257, 436, 161): a size
// before a field's name is the scale of that field's work, not big data asked beside it.
test.each([
  ['Experience in recommendation systems, information retrieval, or large-scale data mining', 'data-mining:data mining'],
  ['Have exceptional SQL skills and experience with large-scale data transformation', 'data-preprocessing:data transformation'],
])('a size before a field yields to the field: %s', (text, field) => {
  expect(found(text)).toContain(field);
  expect(found(text).map((f) => f.split(':')[0])).not.toContain('big-data');
});

test('the size with no field after it is still big data', () => {
  expect(found('Experience working with large-scale data and distributed systems')).toContain('big-data:large-scale data');
  expect(found('Experience with large-scale data processing in Spark')).toContain('big-data-tools:large-scale data processing');
});
