import { describe, expect, test } from 'vitest';
import { latin1Escaped } from '../../scripts/pack/latin1-output';

/** Runs a script's source and returns what it evaluates to. */
const run = (code: string): unknown => new Function(`return (${code});`)();

describe('the build writes characters beyond Latin-1 as escapes (scripts/pack/latin1-output.ts)', () => {
  // What the built scripts hold: regular expressions with typographic quotes and bullets,
  // strings with currency signs, RegExp sources written with String.raw, emoji, escaped marks.
  test.each([
    ['a regular expression literal', String.raw`/[’'] (team|org)/i.test("we’re a team")`],
    ['a character class with a range', String.raw`"x–y—z".replace(/[–-—]/g, "-")`],
    ['a bullet list', String.raw`/^[\s•·*▪◦●○■□–]+/.exec(" • item")?.[0]`],
    ['a string and a template', String.raw`["€ ₹", ` + '`£ ₹ ${1}`' + String.raw`]`],
    ['a RegExp source from String.raw', 'new RegExp(String.raw`(?:\\$|£|€|₹)\\s?\\d`).exec("fee ₹ 5")?.[0]'],
    ['an emoji, in a string and in a u-mode class', String.raw`["📍 Berlin".length, /[📍💰]/u.test("💰")]`],
    ['an identity escape', String.raw`["\’", /\’/.test("’")]`],
    ['an escaped backslash before the mark', String.raw`"\\’"`],
  ])('%s means the same', (_what, code) => {
    const escaped = latin1Escaped(code);
    expect(escaped).toMatch(/^[\x00-\xff]*$/);
    expect(escaped).not.toBe(code);
    expect(run(escaped)).toEqual(run(code));
  });

  test('leaves Latin-1 alone: one byte a character already', () => {
    const code = String.raw`/[£·é×]/.test("café £5")`;
    expect(latin1Escaped(code)).toBe(code);
  });
});
