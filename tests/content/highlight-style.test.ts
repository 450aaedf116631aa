import { describe, expect, test } from 'vitest';
import { highlightCss, luminance, paletteFor, randomNames, STATUSES } from '../../src/page/highlight-style';

describe('randomNames', () => {
  test('eight distinct CSS identifiers (six statuses, the neutral look, the flash), random letters and digits only', () => {
    for (let i = 0; i < 50; i++) {
      const names = Object.values(randomNames());
      expect(new Set(names).size).toBe(8);
      for (const n of names) {
        expect(n).toMatch(/^[a-z][a-z0-9]{8}$/);
      }
    }
  });

  test('differ between runs', () => {
    expect(randomNames().have).not.toBe(randomNames().have);
  });
});

test('the stylesheet has one rule a status plus the flash, and only the random names', () => {
  const names = randomNames();
  const css = highlightCss(names, 'light');
  for (const s of STATUSES) expect(css).toContain(`::highlight(${names[s]})`);
  expect(css).toContain(`::highlight(${names.flash})`);
  expect(css).not.toMatch(/role|lens|python|missing|have/i);
});

describe('palette', () => {
  test.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('luminance(%s)', (color, expected) => {
    const l = luminance(color);
    if (expected === null) expect(l).toBeNull();
    else expect(l).toBeCloseTo(expected, 3);
  });

  const chain = (colors: string[]): Element => {
    let el: { parentElement: unknown; bg: string } | null = null;
    for (const bg of [...colors].reverse()) el = { parentElement: el, bg };
    return el as unknown as Element;
  };
  const style = (el: Element) => ({ backgroundColor: (el as unknown as { bg: string }).bg });

  test.each([
    [['rgba(0, 0, 0, 0)', 'rgb(24, 24, 27)'], 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgb(250, 250, 250)'], 'light'],
    [['rgba(0, 0, 0, 0)'], 'light'],
    [['rgb(31, 35, 40)', 'rgb(255, 255, 255)'], 'dark'],
  ] as const)('%j → %s', (colors, expected) => {
    expect(paletteFor(chain([...colors]), style)).toBe(expected);
  });
});
