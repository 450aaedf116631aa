import { expect, test } from 'vitest';
import { checkLexicon, LEXICON } from '../../src/core/lexicon';
import { phrases } from '../../src/core/lexicon/lexicon';

test('every word list is lower case, sorted and unique, and no phrase has two kinds', () => {
  expect(checkLexicon()).toEqual([]);
});

test('the check names a list out of order, a repeated phrase and a phrase of two kinds', () => {
  const errors = checkLexicon([
    { kind: 'org-unit', text: '\nteam\ngroup\ngroup\n' },
    { kind: 'job-title', text: '\nengineer\nteam\n' },
  ]);
  expect(errors).toEqual([
    'lexicon org-unit: "group" is out of order after "team"',
    'lexicon org-unit: "group" is repeated',
    'lexicon: "team" is both org-unit and job-title',
  ]);
});

test('each kind has one list, and none is empty', () => {
  const kinds = LEXICON.map((l) => l.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
  for (const list of LEXICON) expect(phrases(list).length, list.kind).toBeGreaterThan(1);
});
