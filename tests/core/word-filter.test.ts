/**
 * The word filter (src/core/word-filter.ts) stands before Set and Map look-ups in the passes over
 * a posting's tokens: it may let through a word not in its list, never turn one away that is.
 */
import { expect, test } from 'vitest';
import { phrases } from '../../src/core/lexicon/lexicon';
import { MODEL_PRODUCT_LIST, WORK_OBJECT_LIST } from '../../src/core/lexicon/work-verbs';
import { tokenize } from '../../src/core/tokenize';
import { WordFilter } from '../../src/core/word-filter';

const LIST = [...phrases(WORK_OBJECT_LIST), ...phrases(MODEL_PRODUCT_LIST)];

test('lets through every word of its list, whole or as the head of a longer word', () => {
  const filter = new WordFilter(LIST);
  expect(LIST.length).toBeGreaterThan(10);
  expect(LIST.filter((w) => !filter.mayHave(w))).toEqual([]);
  expect(LIST.filter((w) => !filter.mayHave(`${w}s`, w.length))).toEqual([]);
});

test("turns away most of a posting's other words", () => {
  const filter = new WordFilter(LIST);
  const posting = `Who you are: a curious engineer who enjoys working with people across the company, writes
    clearly, and takes ownership of problems from the first sketch to the last review. You will mentor
    others, speak up in design discussions, and help us keep a calm, steady pace as the team grows.`;
  const set = new Set(LIST);
  const others = tokenize(posting).lower.filter((w) => w !== '' && !set.has(w));
  expect(others.length).toBeGreaterThan(30);
  expect(others.filter((w) => filter.mayHave(w)).length).toBeLessThan(others.length / 4);
});

test('an empty list lets nothing through', () => {
  const filter = new WordFilter([]);
  expect(['data', 'models', 'a', ''].filter((w) => filter.mayHave(w))).toEqual([]);
});
