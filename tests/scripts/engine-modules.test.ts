import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import { engineModules } from '../../scripts/pack/engine-modules';
import { ENGINE_GLOBAL } from '../../src/engine-global';
import { ENGINE_MODULES } from '../../src/engine-modules';
import { HEADING_REQUIRED_LIST } from '../../src/core/lexicon/headings';

const root = join(import.meta.dirname, '../..');

/** Builds `entry` as the content script is built (one IIFE), with the plugin picking that entry. */
async function bundle(entry: string, picks: RegExp): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [engineModules(root, picks)],
    build: { write: false, minify: false, lib: { entry: join(root, entry), formats: ['iife'], name: 'probe' } },
  })) as Rollup.RollupOutput[];
  return out[0]!.output[0].code;
}

describe('the content script takes the modules of src/core from /engine.js (scripts/pack/engine-modules.ts)', () => {
  test("the page detector's cues, built so, carry no lexicon and read it from the engine's world", async () => {
    const code = await bundle('src/page/cues.ts', /cues\.ts$/);
    // A heading of the lexicon's own text is not in the bundle: it comes from the engine's modules.
    expect(code).not.toContain(HEADING_REQUIRED_LIST.text.trim().split('\n')[0]);
    const run = (host: unknown) => new Function('globalThis', `${code}; return probe;`)({ [Symbol.for(ENGINE_GLOBAL)]: host }) as typeof import('../../src/page/cues');
    const cues = run({ modules: ENGINE_MODULES });
    expect(cues.headingCue('Requirements:')).toBe('required');
    expect(cues.headingCue('What You’ll Do')).toBe('responsibilities');
    expect(cues.jobPhraseCount('We are hiring a full time engineer with 5+ years of Python experience.')).toBeGreaterThanOrEqual(2);
    expect(() => run(undefined)).toThrow(/engine\.js\) is not loaded/);
  });

  test('the same module built for another entry keeps its own copy', async () => {
    const code = await bundle('src/page/cues.ts', /content\.ts$/);
    expect(code).toContain(HEADING_REQUIRED_LIST.text.trim().split('\n')[0]);
  });

  test('a module of src/core the engine does not publish fails the build', async () => {
    // The title reader imports the abbreviations, which only the engine reads.
    await expect(bundle('src/core/title.ts', /title\.ts$/)).rejects.toThrow(/src\/core\/lexicon\/abbreviations\.ts.*ENGINE_MODULES/);
  });
});
