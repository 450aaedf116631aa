import type { Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import { compileHints, EAGER_COMPILE_HINT } from '../../scripts/pack/compile-hints';

/** A bundle as Rollup hands it to generateBundle: the engine's script and another one. */
function bundleOf(files: Record<string, string>): Rollup.OutputBundle {
  return Object.fromEntries(Object.entries(files).map(([fileName, code]) => [fileName, { type: 'chunk', fileName, code } as Rollup.OutputChunk]));
}

function generate(bundle: Rollup.OutputBundle): void {
  const hook = compileHints().generateBundle as (this: unknown, o: Rollup.NormalizedOutputOptions, b: Rollup.OutputBundle) => void;
  hook.call(null, {} as Rollup.NormalizedOutputOptions, bundle);
}

const code = (b: Rollup.OutputBundle, f: string) => (b[f] as Rollup.OutputChunk).code;

describe('the compile hint (scripts/pack/compile-hints.ts)', () => {
  test('starts the minified /engine.js, once, and leaves other scripts alone', () => {
    const engine = 'var engine=function(){"use strict";return 1}();';
    const content = 'var content=function(){"use strict";return 2}();';
    const bundle = bundleOf({ 'engine.js': engine, 'content-scripts/content.js': content });
    generate(bundle);
    expect(code(bundle, 'engine.js')).toBe(`//# allFunctionsCalledOnLoad\n${engine}`);
    expect(code(bundle, 'content-scripts/content.js')).toBe(content);
    generate(bundle);
    expect(code(bundle, 'engine.js').split(EAGER_COMPILE_HINT).length).toBe(2);
  });

  test('is a comment on a line of its own: the script evaluates to the same value', () => {
    const engine = '(function(){return 40+2})()';
    const bundle = bundleOf({ 'engine.js': engine });
    generate(bundle);
    expect((0, eval)(code(bundle, 'engine.js'))).toBe(42);
  });
});
