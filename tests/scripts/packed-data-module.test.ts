import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packDataFiles } from '../../scripts/pack/packed-data';
import { asciiJson, shownGuides } from '../../scripts/pack/vite-plugin';
import { roleGuidesSchema } from '../../src/core/role-guides';

test("the engine's packed data ships in ASCII (one byte a character in V8) and parses to the same data (scripts/pack/vite-plugin.ts)", () => {
  const { json } = packDataFiles(join(import.meta.dirname, '../..'));
  // The bundled data holds characters beyond ASCII ("What you’ll do"), or this would prove nothing.
  expect(json).toMatch(/[^\x00-\x7f]/);
  const shipped = asciiJson(json);
  expect(shipped).toMatch(/^[\x00-\x7f]*$/);
  expect(JSON.parse(shipped)).toEqual(JSON.parse(json));
});

test('the comparison page gets every guide as written, without the sources it never shows (virtual:role-lens-role-guides)', async () => {
  const file = roleGuidesSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../data/role-guides.json'), 'utf8')));
  const { default: shipped } = await import('virtual:role-lens-role-guides');
  expect(shipped.map((g) => g.id)).toEqual(file.guides.map((g) => g.id));
  expect(shipped.length).toBeGreaterThan(30);
  for (const [i, guide] of file.guides.entries()) {
    expect(shipped[i]).not.toHaveProperty('sources');
    expect({ ...shipped[i], sources: guide.sources }).toEqual(guide);
  }
  expect(shownGuides(file)).toEqual(shipped);
});
