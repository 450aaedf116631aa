import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
// The zip library WXT writes the store packages with (`wxt zip`), so the input is what the build makes.
import JSZip from 'jszip';
import { deflateAsync } from '@gfx/zopfli';
import { describe, expect, test } from 'vitest';
import { smallerZip } from '../../scripts/pack/smaller-zip';

const ROOT = join(import.meta.dirname, '../..');
/** Real files of the extension's kinds, some in folders, as `wxt zip` lays them out. */
const FILES: Record<string, Buffer> = {
  'manifest.json': Buffer.from(JSON.stringify({ manifest_version: 3, name: 'Role Lens' })),
  'engine.js': readFileSync(join(ROOT, 'src/core/packed.ts')),
  'chunks/shared.js': readFileSync(join(ROOT, 'src/core/pack.ts')),
  'assets/shared.css': readFileSync(join(ROOT, 'src/ui/theme.css')),
  'icon/16.png': readFileSync(join(ROOT, 'public/icon/16.png')),
  'content-scripts/content.js': readFileSync(join(ROOT, 'src/page/detect.ts')),
};
const DATE = new Date(Date.UTC(2026, 11, 7, 8, 30));

/** A zip as WXT writes one (scripts/pack/smaller-zip.ts reads what JSZip writes). */
async function wxtZip(level: number): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(FILES)) zip.file(name, data, { date: DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
}

async function contents(zip: Buffer): Promise<Map<string, { data: Buffer; date: number; dir: boolean }>> {
  const read = await JSZip.loadAsync(zip, { checkCRC32: true });
  const out = new Map<string, { data: Buffer; date: number; dir: boolean }>();
  for (const f of Object.values(read.files)) out.set(f.name, { data: await f.async('nodebuffer'), date: f.date.getTime(), dir: f.dir });
  return out;
}

describe('the store package, made smaller (scripts/pack/smaller-zip.ts)', () => {
  test('keeps every file, byte for byte, with its date and order, and leaves out the folders\' own entries', async () => {
    const zip = await wxtZip(9);
    const before = await contents(zip);
    // JSZip writes an entry for each folder: what is left out.
    expect([...before.values()].filter((f) => f.dir)).toHaveLength(4);
    const smaller = await smallerZip(zip);
    expect(smaller.length).toBeLessThan(zip.length);
    const after = await contents(smaller);
    expect([...after.keys()]).toEqual([...before.keys()].filter((name) => !before.get(name)!.dir));
    for (const [name, f] of after) {
      expect(f.data.equals(FILES[name]!), name).toBe(true);
      expect(f.date, name).toBe(before.get(name)!.date);
    }
  });

  test('takes a recompressed entry only where it is smaller, and still the same bytes', async () => {
    const zip = await wxtZip(1);
    const best = await smallerZip(zip, async (data) => deflateRawSync(data, { level: 9 }));
    // Storing blocks uncompressed is never smaller: every entry stays as it was.
    const worse = await smallerZip(zip, async (data) => deflateRawSync(data, { level: 0 }));
    expect(best.length).toBeLessThan(worse.length);
    expect(worse.length).toBe((await smallerZip(zip)).length);
    for (const z of [best, worse]) {
      for (const [name, f] of await contents(z)) expect(f.data.equals(FILES[name]!), name).toBe(true);
    }
  });

  test('zopfli, as the build runs it (wxt.config.ts), deflates smaller than JSZip at its best level', async () => {
    const zip = await wxtZip(9);
    const folderless = await smallerZip(zip);
    const zopfli = await smallerZip(zip, (data) => deflateAsync(data, { numiterations: 15 }));
    expect(zopfli.length).toBeLessThan(folderless.length);
    for (const [name, f] of await contents(zopfli)) expect(f.data.equals(FILES[name]!), name).toBe(true);
  });

  test('refuses a recompression that does not give back the same bytes, and what is not a zip', async () => {
    const zip = await wxtZip(9);
    await expect(smallerZip(zip, async (data) => deflateRawSync(data.subarray(1)))).rejects.toThrow(/same bytes/);
    await expect(smallerZip(Buffer.from('not a zip at all'))).rejects.toThrow(/not a zip/);
  });
});
