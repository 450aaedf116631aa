import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { sites } from '../../src/page/sites';
import { withoutExamples } from '../../scripts/pack/strip-site-examples';

const dir = join(import.meta.dirname, '../../src/page/sites/urls');
// The sites' URL files (types.ts declares the field, index.ts lists them).
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && readFileSync(join(dir, f), 'utf8').includes('siteUrls({'));

describe('the build drops the site adapters\' examples (scripts/pack/strip-site-examples.ts)', () => {
  test.each(files)('%s: the examples go, the rest stays and still compiles', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const stripped = withoutExamples(source);
    expect(stripped).not.toMatch(/^\s*examples:/m);
    expect(() => transformSync(stripped, { loader: 'ts' })).not.toThrow();
    // Only the examples went: what is left is the source with one block cut out.
    const cut = source.length - stripped.length;
    const at = [...stripped].findIndex((c, i) => c !== source[i]);
    expect(at === -1 ? stripped : stripped.slice(0, at) + source.slice(at, at + cut) + stripped.slice(at)).toBe(source);
    if (cut > 0) expect(source.slice(at, at + cut)).toMatch(/^\s*examples:\s*\{[\s\S]*\},?$/);
  });

  test('every adapter with examples loses them, and their URLs with them', () => {
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const kept = files.map((f) => withoutExamples(readFileSync(join(dir, f), 'utf8'))).join('\n');
    for (const site of sites) {
      for (const url of site.examples.posting) {
        expect(all).toContain(url);
        expect(kept).not.toContain(url);
      }
    }
  });
});
