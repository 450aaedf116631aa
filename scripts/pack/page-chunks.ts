import type { Plugin, Rollup } from 'vite';

/** The chunk that holds what more than one of the extension's pages imports. */
export const SHARED_CHUNK = 'shared';

/**
 * One chunk for the code the extension's pages share (popup, options, welcome, history,
 * comparison), instead of one a combination of pages: rollup had made ten of them, half under
 * 3 KB, each zipped apart (a file's own header, and a fresh start for the compressor) and each
 * one more request for a page. A module joins it when more than one page imports it, directly
 * or through others; what a page loads later (`import()`) keeps its own chunk. A stylesheet
 * joins it only if every page imports it (the theme): styles apply to every page that loads
 * them. The content script, the background and /engine.js are single files already.
 */
export function pageChunks(): Plugin {
  return {
    name: 'role-lens-page-chunks',
    outputOptions(options) {
      // The pages' build: ES modules split into chunks (the scripts' builds inline everything).
      if (options.format !== 'es' || options.inlineDynamicImports) return null;
      return {
        ...options,
        // No content hashes in the names: the files are never cached by URL (the extension's pages
        // load them from its own package), and each hash is 9 bytes twice in the zip's headers.
        // Rollup numbers a name that would repeat (two pages' style.css).
        entryFileNames: withoutHash(options.entryFileNames),
        chunkFileNames: withoutHash(options.chunkFileNames),
        assetFileNames: withoutHash(options.assetFileNames),
        manualChunks(id, meta) {
          const pages = pagesImporting(id, meta);
          // A stylesheet applies to the whole page that loads it: shared only if every page imports it (the theme).
          if (/\.css($|\?)/.test(id)) return pages === pageCount(meta) ? SHARED_CHUNK : undefined;
          return pages > 1 ? SHARED_CHUNK : undefined;
        },
      };
    },
  };
}

/** A file name pattern (or the function that gives one) without its `-[hash]`. */
function withoutHash<T>(pattern: string | ((info: T) => string) | undefined): string | ((info: T) => string) | undefined {
  if (typeof pattern === 'string') return pattern.replace('-[hash]', '');
  if (typeof pattern === 'function') return (info: T) => pattern(info).replace('-[hash]', '');
  return pattern;
}

/** How many entry points (pages) the build has. */
function pageCount({ getModuleIds, getModuleInfo }: Rollup.ManualChunkMeta): number {
  let n = 0;
  for (const id of getModuleIds()) if (getModuleInfo(id)?.isEntry) n++;
  return n;
}

/** How many entry points (pages) import the module, directly or through static imports. */
function pagesImporting(id: string, { getModuleInfo }: Rollup.ManualChunkMeta): number {
  const seen = new Set<string>();
  const entries = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    const info = getModuleInfo(m);
    if (!info) continue;
    if (info.isEntry) entries.add(m);
    stack.push(...info.importers);
  }
  return entries.size;
}
