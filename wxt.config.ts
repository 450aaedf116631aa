import { readFile, writeFile } from 'node:fs/promises';
import { deflateAsync } from '@gfx/zopfli';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripSiteExamples } from './scripts/pack/strip-site-examples';
import { pageChunks } from './scripts/pack/page-chunks';
import { packedData } from './scripts/pack/vite-plugin';
import { engineModules } from './scripts/pack/engine-modules';
import { smallerZip } from './scripts/pack/smaller-zip';
import { compileHints } from './scripts/pack/compile-hints';
import { compactHtml } from './scripts/pack/compact-html';
import { CONTENT_MATCHES } from './src/content/job-sites';
import { ALL_SITES } from './src/extension-contract';

// Rendered from assets/icon.svg by `npm run icons` (scripts/icons.ts).
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // terser rather than esbuild's minifier: 7 kB less in the zip (3 %), which the 250 kB target needs.
    // Every browser the extension supports preloads modules itself: Vite's polyfill for it was
    // ~0.4 KB of the zip that only checked so and returned.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } }, modulePreload: { polyfill: false } },
    plugins: [preact(), packedData(import.meta.dirname), engineModules(import.meta.dirname), stripSiteExamples(), pageChunks(), compileHints(), compactHtml()],
  }),
  hooks: {
    // The store package without the folders' own entries, each file deflated again by zopfli
    // (scripts/pack/smaller-zip.ts): 4 % smaller than zlib's best level, about 10 s for the zip.
    // No cap on zopfli's block splits (its default stops at 15 blocks a file, which engine.js's
    // 320 KB of code and data outgrow): 0.12 kB less, about 1 s more; 100 iterations instead of
    // 15 gave 0.07 kB more for 10 s more, not kept.
    'zip:extension:done': async (_wxt, zipPath) => {
      const zopfli = (data: Buffer) => deflateAsync(data, { numiterations: 15, blocksplittingmax: 0 });
      await writeFile(zipPath, await smallerZip(await readFile(zipPath), zopfli));
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Role Lens: job posting skill match',
    description:
      'Shows which role a job posting really resembles and which of its skills you are missing. It sends nothing anywhere.',
    icons: ICONS,
    // WXT turns `action` into MV2's `browser_action` but drops its icon, so each is set here.
    ...(manifestVersion === 2
      ? { browser_action: { default_icon: ICONS, default_title: 'Role Lens' } }
      : { action: { default_icon: ICONS, default_title: 'Role Lens' } }),
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    optional_host_permissions: [ALL_SITES],
    // WXT drops `optional_host_permissions` for Manifest V2 (Firefox), where optional host access
    // is declared among `optional_permissions`: without it the all-sites opt-in can't be granted.
    ...(manifestVersion === 2 ? { optional_permissions: [ALL_SITES] } : {}),
    // Firefox asks add-ons to declare what they collect; this one collects nothing. Only Firefox
    // reads the key: Chrome ignores it with a warning, and it was 0.07 kB of the Chrome zip.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'role-lens@example.org', ...{ data_collection_permissions: { required: ['none'] } } } } }
      : {}),
  }),
});
