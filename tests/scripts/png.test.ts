import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pngPixels, smallerPng } from '../../scripts/png';

const icons = [16, 32, 48, 128].map((size) => [size, readFileSync(join(import.meta.dirname, `../../public/icon/${size}.png`))] as const);

describe('the icons are re-encoded without loss (scripts/png.ts)', () => {
  test.each(icons)('%i px: the same pixels, and no smaller encoding left to find', async (size, png) => {
    const { width, rows } = pngPixels(png);
    expect([width, rows.length]).toEqual([size, size]);
    const again = await smallerPng(png);
    // The committed icons are already the smaller encoding: running it again finds nothing.
    expect(again.length).toBe(png.length);
    expect(pngPixels(again).rows).toEqual(rows);
    // Not a blank image: the icon has opaque and transparent pixels.
    const alpha = rows.flatMap((r) => Array.from(r.filter((_, i) => i % 4 === 3)));
    expect(alpha).toContain(255);
    expect(alpha).toContain(0);
    // zopfli's search takes seconds on the 128 px icon when the machine is busy; the default 5 s is no budget.
  }, 60_000);
});
