import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('icons', () => {
  test.each([16, 32, 48, 128])('public/icon/%i.png is a %i px square PNG', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual({ width: size, height: size });
  });

  test('the manifest names every icon for the store and the toolbar, in both browsers', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    for (const size of [16, 32, 48, 128]) expect(config).toContain(`${size}: 'icon/${size}.png'`);
    expect(config).toMatch(/browser_action: \{ default_icon: ICONS/);
    expect(config).toMatch(/action: \{ default_icon: ICONS/);
  });
});
