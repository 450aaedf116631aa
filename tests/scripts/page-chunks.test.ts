import type { Rollup } from 'vite';
import { describe, expect, test } from 'vitest';
import { pageChunks } from '../../scripts/pack/page-chunks';

/** The pages' output options as WXT 0.21 sets them (its multi-page build), for the plugin to adjust. */
const wxtPages: Rollup.OutputOptions = {
  format: 'es',
  chunkFileNames: 'chunks/[name]-[hash].js',
  entryFileNames: ({ name }) => (name === 'background' ? '[name].js' : 'chunks/[name]-[hash].js'),
  assetFileNames: 'assets/[name]-[hash].[ext]',
};

function adjusted(options: Rollup.OutputOptions): Rollup.OutputOptions | null {
  const hook = pageChunks().outputOptions as (this: unknown, o: Rollup.OutputOptions) => Rollup.OutputOptions | null;
  return hook.call(null, options);
}

describe('the pages\' chunks (scripts/pack/page-chunks.ts)', () => {
  test('are named without content hashes, entries, shared chunks and stylesheets alike', () => {
    const out = adjusted(wxtPages)!;
    expect(out.chunkFileNames).toBe('chunks/[name].js');
    expect(out.assetFileNames).toBe('assets/[name].[ext]');
    const entry = out.entryFileNames as (info: { name: string }) => string;
    expect(entry({ name: 'popup' })).toBe('chunks/[name].js');
    expect(entry({ name: 'background' })).toBe('[name].js');
    expect(typeof out.manualChunks).toBe('function');
  });

  test('leave the scripts\' single-file builds alone', () => {
    expect(adjusted({ ...wxtPages, format: 'iife' })).toBeNull();
    expect(adjusted({ ...wxtPages, inlineDynamicImports: true })).toBeNull();
  });
});
