import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createMatcher } from '../../src/core/matcher';
import { FIXTURE_TAXONOMY } from './fixture-taxonomy';

/**
 * The trie agrees with the obvious way: one regular expression per alias, then the leftmost,
 * longest, non-overlapping matches. Everyday words are left out: their evidence rules are
 * tested on their own in matcher.test.ts.
 */
const plain = { ...FIXTURE_TAXONOMY, skills: FIXTURE_TAXONOMY.skills.filter((s) => !s.ambiguous) };
const matcher = createMatcher(plain);
const aliases = plain.skills.flatMap((s) => [s.name, ...s.aliases].map((alias) => ({ id: s.id, alias })));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = aliases.map(({ id, alias }) => ({
  id,
  re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias).replace(/\\?[ -]/g, '[ -]')}(?![\\p{L}\\p{N}+#])`, 'giu'),
}));

function naive(text: string): Array<[string, number, number]> {
  const all: Array<[string, number, number]> = [];
  for (const { id, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) all.push([id, m.index, m.index + m[0].length]);
  }
  all.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  const out: Array<[string, number, number]> = [];
  let end = -1;
  for (const m of all) {
    if (m[1] < end) continue;
    out.push(m);
    end = m[2];
  }
  return out;
}

const FILLER = ['the', 'team', 'and', 'with', 'data', 'learning', 'strong', 'experience', 'in', 'of', 'models', 'build', 'cloud', 'services'];
const piece = fc.oneof(
  fc.constantFrom(...aliases.map((a) => a.alias)),
  fc.constantFrom(...aliases.map((a) => a.alias.toUpperCase())),
  fc.constantFrom(...FILLER),
  fc.constantFrom(',', '.', ';', '(', ')'),
);

test('the single pass finds what one regex per alias finds', () => {
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
      const text = pieces.join(' ');
      const fast = matcher.findMentions(text).map((m) => [m.skillId, m.span.start, m.span.end]);
      expect(fast).toEqual(naive(text));
    }),
    { numRuns: 500 },
  );
});
