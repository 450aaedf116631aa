import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { ITEM_OPENERS, joinPoints } from '../../src/core/run-together';

/**
 * The join rules as the single regular expression they were first written as: joinPoints now
 * decides them in code (the regex tried every position of every mixed-case word), and must agree.
 */
const GLUED_BEFORE = 'as|in|with|including|using|like|and|or|of|for|on|via|from|into|especially';
const OPENERS = ITEM_OPENERS.join('|');
const REFERENCE = new RegExp(
  `(?<=\\p{Ll}{2})(?=(?:${OPENERS})(?:\\p{Lu}|$))|(?<=\\p{Ll}{3})(?=(?:${OPENERS})\\p{Ll}*$)|(?<=\\p{L}{4})(?=\\d)|(?<=^(?:${GLUED_BEFORE}))(?=\\p{Lu})|(?<=\\p{Lu}{2})(?=(?:${OPENERS})(?:\\p{Lu}|\\p{Ll}*$))`,
  'gu',
);
function reference(word: string): number[] {
  const out: number[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(word); m; m = REFERENCE.exec(word)) {
    if (m.index > 0 && m.index < word.length) out.push(m.index);
    REFERENCE.lastIndex = m.index + 1;
  }
  return out;
}
/** What joinPoints looks at first: only words with a case change or a digit after a letter. */
const mixed = (w: string) => w.length >= 5 && /[a-z][A-Z]|[A-Za-z]\d|[A-Z]{2}[a-z]/.test(w);

describe('joinPoints', () => {
  test.each([
    ['learningExperience', [8]],
    ['Science3', [7]],
    ['asPyTorch', [2]],
    ['SQLExperience', [3]],
    ['teamAbility', [4]],
    ['systemsMust', [7]],
    ['streamsExposure', [7]],
    ['PyTorch', []],
    ['JavaScript', []],
    ['GPT4', []],
  ])('%s → %j', (word, points) => {
    expect(joinPoints(word)).toEqual(points);
  });

  test('agrees with the regex on every mixed-case word of the real postings', () => {
    const file = '../shared/data/job_postings/ml_jobs_us_2024_2025.dev.jsonl';
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return; // The shared data is not everywhere: the property test below still runs.
    }
    const words = new Set(text.match(/[\p{L}\p{N}]+/gu)!.filter(mixed));
    expect(words.size).toBeGreaterThan(1000);
    let joined = 0;
    for (const w of words) {
      const expected = mayJoin(w) ? reference(w) : [];
      expect(joinPoints(w), w).toEqual(expected);
      if (expected.length > 0) joined++;
    }
    expect(joined).toBeGreaterThan(50);
  });

  // Words as tokenize makes them: letters and digits of any script, no surrogate pairs.
  test('agrees with the regex on words built from openers, small words, capitals, digits and other scripts', () => {
    const openers = [...ITEM_OPENERS];
    const piece = fc.oneof(
      fc.constantFrom(...openers),
      fc.constantFrom(...GLUED_BEFORE.split('|')),
      fc.constantFrom('ml', 'data', 'SQL', 'AI', 'x', 'é', 'É', 'ß', 'Ω', 'ω', 'ǅ', '3', '42', '٣', 'ing', 'PhDs', 'Ab', 'K'),
      fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const w = pieces.join('');
        expect(joinPoints(w)).toEqual(mayJoin(w) ? reference(w) : []);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The cheap test joinPoints applies before its rules (ASCII case changes and letter-digit pairs). */
function mayJoin(word: string): boolean {
  return word.length >= 5 && /[a-z][A-Z]|[A-Za-z][0-9]|[A-Z]{2}[a-z]/.test(word);
}

// Modelled on a marketing data scientist's posting whose list lost its line breaks: the
// preference said in the glued item covers that item only. (The posting's first item opens "Exposure
// to or interest in", itself a preference: what an interest alone meets; see the traps.)
test("a preference in the item glued after 'Exposure' is that item's", () => {
  const text = `Data Scientist
Qualifications
Experience manipulating complex data within data lakes, distributed systems, and data streamsExposure to or interest in MLOps a strong plus`;
  const skills = new Map(getBundledEngine().analyze({ text, title: 'Data Scientist', source: 'test' }, []).skills.map((s) => [s.id, s.importance]));
  expect(skills.get('mlops')).toBe('preferred');
  expect(skills.get('distributed-systems')).toBe('required');
});
