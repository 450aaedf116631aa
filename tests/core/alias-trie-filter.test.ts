/**
 * The alias trie's root filter (alias-trie.ts mayStart) may only turn away tokens that start no
 * alias: a token it wrongly turned away would lose every skill named with it. Checked over every
 * first key of both tries the engines match with (the source data's and the packed data's), and
 * on the everyday words of a posting, most of which it should turn away.
 */
import { describe, expect, test } from 'vitest';
import { AliasTrie } from '../../src/core/alias-trie';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';
import { packData } from '../../src/core/pack';
import { unpackIndex } from '../../src/core/packed-index';
import { buildSkillIndex } from '../../src/core/skill-index';
import { tokenize } from '../../src/core/tokenize';

const tries: Array<[string, AliasTrie]> = [
  ['source data', buildSkillIndex(BUNDLED_TAXONOMY).trie],
  ['packed data', unpackIndex(packData(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES)).trie],
];

describe.each(tries)('root filter of the %s trie', (_, trie) => {
  test('lets through every token an alias starts with', () => {
    const first: string[] = [];
    trie.forEachEdge((parent, token) => {
      if (parent === AliasTrie.ROOT) first.push(token);
    });
    expect(first.length).toBeGreaterThan(1000);
    expect(first.filter((k) => !trie.mayStart(k, k.length))).toEqual([]);
    // A plural's singular is asked for by its length within the plural ("apis" → "api").
    expect(first.filter((k) => !trie.mayStart(`${k}s`, k.length))).toEqual([]);
  });

  test("reads a token's head as the token itself: a plural's singular without slicing it off", () => {
    const edges: Array<[number, string, number]> = [];
    trie.forEachEdge((parent, token, child) => edges.push([parent, token, child]));
    expect(edges.filter(([parent, token, child]) => trie.childAt(parent, `${token}es`, token.length) !== child)).toEqual([]);
    expect(edges.filter(([parent, token, child]) => trie.child(parent, token) !== child)).toEqual([]);
    // A longer or shorter head is another token: "pytorc" and "pytorchs" lead nowhere the token does.
    expect(edges.filter(([parent, token, child]) => token.length > 1 && trie.childAt(parent, token, token.length - 1) === child)).toEqual([]);
  });

  test('turns away most of the words that start no alias', () => {
    const posting = `About the role: you will join a small group that cares about the people it serves and
      the work they do every day, with room to grow and to learn from each other. We would love to hear
      from you if this sounds like the place for you, whatever your background or the path that led you here.`;
    const t = tokenize(posting);
    const none = t.lower.filter((w) => w !== '' && trie.child(AliasTrie.ROOT, w) < 0);
    expect(none.length).toBeGreaterThan(20);
    expect(none.filter((w) => trie.mayStart(w, w.length)).length).toBeLessThan(none.length / 4);
  });
});

test('the matcher still reads plurals and names at the start of their token runs', () => {
  const m = createMatcher(BUNDLED_TAXONOMY);
  const found = m.findMentions('Requirements: APIs and databases; LLMs in production; Kubernetes, PyTorch and scikit-learn.');
  expect(found.map((x) => x.span.text)).toEqual(['APIs', 'databases', 'LLMs', 'Kubernetes', 'PyTorch', 'scikit-learn']);
});
