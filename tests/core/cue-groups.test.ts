import { describe, expect, test } from 'vitest';
import { namedGroups } from '../../src/core/cue-scan';

/** What the regex engine counts: the groups of the pattern, numbered ones excluded by the caller (withoutCaptures). */
const compiledGroups = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;

describe('named groups counted in a cue pattern\'s source (cue-scan.ts)', () => {
  test('as the regex engine counts them: look-behinds, brackets inside classes and escaped brackets are no groups', () => {
    const sources = [
      String.raw`\b(?:preferred|prefer(?! to (?:\w+ )?use\b)|(?<!being )a (?:big |huge )?plus\b|bonus points?)\b`,
      String.raw`\b(?<amount>\d{2,3})k?\s*(?:-|to)\s*(?<upper>\d{2,3})k\b`,
      String.raw`(?<=\$)\d+|[(?<x>]+|\(?<notagroup>\)|(?<a>x(?<b>y))`,
      String.raw`[\](?<c>]|\\(?<d>e)`,
      String.raw`(?:at least |any )?one (?:or more )?of(?: the following)?(?: [\p{L}-]+)?`,
    ];
    for (const s of sources) expect(namedGroups(s), s).toBe(compiledGroups(s));
    expect(sources.map(namedGroups)).toEqual([0, 2, 2, 1, 0]);
  });
});
