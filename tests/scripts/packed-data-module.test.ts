import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packDataFiles } from '../../scripts/pack/packed-data';
import { asciiJson } from '../../scripts/pack/vite-plugin';

test("the engine's packed data ships in ASCII (one byte a character in V8) and parses to the same data (scripts/pack/vite-plugin.ts)", () => {
  const { json } = packDataFiles(join(import.meta.dirname, '../..'));
  // The bundled data holds characters beyond ASCII ("What you’ll do"), or this would prove nothing.
  expect(json).toMatch(/[^\x00-\x7f]/);
  const shipped = asciiJson(json);
  expect(shipped).toMatch(/^[\x00-\x7f]*$/);
  expect(JSON.parse(shipped)).toEqual(JSON.parse(json));
});
