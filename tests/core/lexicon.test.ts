import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkLexicon, LEXICON } from '../../src/core/lexicon';
import { headingKind } from '../../src/core/headings';
import { HEADING_LISTS } from '../../src/core/lexicon/headings';
import { phrases } from '../../src/core/lexicon/lexicon';
import { headingCue } from '../../src/page/cues';

test('every word list is lower case, sorted and unique, and no phrase has two kinds', () => {
  expect(checkLexicon()).toEqual([]);
});

test('the check names a list out of order, a repeated phrase and a phrase of two kinds', () => {
  const errors = checkLexicon([
    { kind: 'org-unit', text: '\nteam\ngroup\ngroup\n' },
    { kind: 'job-title', text: '\nengineer\nteam\n' },
    { kind: 'ask-phrase', text: '\nexperience with\nhands on experience with\n' },
  ]);
  expect(errors).toEqual([
    'lexicon org-unit: "group" is out of order after "team"',
    'lexicon org-unit: "group" is repeated',
    'lexicon: "team" is both org-unit and job-title',
    'lexicon ask-phrase: "hands on experience with" is not two words',
  ]);
});

test('each kind has one list, and none is empty', () => {
  const kinds = LEXICON.map((l) => l.kind);
  expect(new Set(kinds).size).toBe(kinds.length);
  for (const list of LEXICON) expect(phrases(list).length, list.kind).toBeGreaterThan(1);
});

test('every list a lexicon module exports is one of the lists checked', async () => {
  // The production verbs were once left out of LEXICON, so no rule above read them.
  const dir = join(__dirname, '../../src/core/lexicon');
  const checked = new Set<unknown>(LEXICON);
  let lists = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const exported = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== 'object' || value === null || !('kind' in value) || !('text' in value)) continue;
      lists++;
      expect(checked.has(value), `${file}: ${name}`).toBe(true);
    }
  }
  expect(lists).toBeGreaterThan(20);
});

test('the engine and the page reader give every posting heading the same kind', () => {
  // One kind a heading: the engine's section kind and the page reader's cue come from the same
  // lexicon line ("About the role" was responsibilities to one and "about" to the other).
  const sectionOf: Record<string, string> = { legal: 'company', notes: 'other' };
  for (const list of HEADING_LISTS.filter((l) => l.kind.startsWith('heading-'))) {
    const kind = list.kind.replace('heading-', '');
    for (const p of phrases(list)) {
      const written = p.charAt(0).toUpperCase() + p.slice(1);
      expect(headingKind(written), p).toBe(sectionOf[kind] ?? kind);
      expect(headingCue(`${written}:`), p).toBe(kind === 'legal' || kind === 'tools' || kind === 'notes' ? null : kind);
    }
  }
  // Section words head résumés and product pages too: the engine reads them, the page reader doesn't.
  expect(headingKind('Skills')).toBe('required');
  expect(headingCue('Skills')).toBeNull();
  expect(headingCue('Overview')).toBeNull();
  // A phrase inside a longer one counts as the longer one.
  expect(headingKind('Company Overview')).toBe('company');
  expect(headingKind('Preferred Qualifications')).toBe('preferred');
});

test('an abbreviation means one thing in both tables: the check keys them by their short form', () => {
  // The tables used to disagree: "mlops" was machine learning ops to one reader and operations
  // to another, and "devops" one word to the title reader and "dev ops" to the role-name finder.
  const errors = checkLexicon([
    { kind: 'abbreviation', text: '\ndevops: dev ops\nmlops: machine learning ops\n' },
    { kind: 'title-abbreviation', text: '\nmlops: machine learning operations\n' },
  ]);
  expect(errors).toEqual(['lexicon: "mlops: machine learning operations" is both abbreviation and title-abbreviation']);
});
