import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { ENGINE_FILE } from '../../src/extension-contract';
import { ENGINE_GLOBAL } from '../../src/engine-global';
import { ENGINE_MODULES } from '../../src/engine-modules';

const PREFIX = '\0role-lens-engine-module:';
/** The modules /engine.js publishes, looked up once for all of them. */
const HOST = '\0role-lens-engine-modules';

/** The content script's entry (entrypoints/content.ts). */
const CONTENT_ENTRY = /[\\/]entrypoints[\\/]content\.ts$/;

/** Whether a build's input is one that `isEntry` picks. */
function buildsEntry(input: unknown, isEntry: RegExp): boolean {
  const entries = typeof input === 'string' ? [input] : Array.isArray(input) ? input : input && typeof input === 'object' ? Object.values(input) : [];
  return entries.some((e) => typeof e === 'string' && isEntry.test(e));
}

/**
 * In the content script's build, every module of src/core resolves to one that reads it from
 * /engine.js (src/engine-modules.ts: the content script is injected right after it, into the same
 * world), so the lexicon the page detector and the engine share ships once. A module the engine
 * doesn't publish fails the build: add it to ENGINE_MODULES. The other builds (the engine, the
 * pages, the background, the unit tests) are left as they are.
 */
export function engineModules(root: string, entry: RegExp = CONTENT_ENTRY): Plugin {
  let content = false;
  return {
    name: 'role-lens-engine-modules',
    enforce: 'pre',
    options(options) {
      content = buildsEntry(options.input, entry);
      return null;
    },
    async resolveId(source, importer, options) {
      if (source === HOST) return HOST;
      if (!content || importer === undefined || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const name = relative(`${root}/src`, resolved.id.split('?')[0]!).replace(/\\/g, '/').replace(/\.ts$/, '');
      if (!name.startsWith('core/')) return resolved;
      if (!(name in ENGINE_MODULES)) this.error(`The content script imports src/${name}.ts, which ${ENGINE_FILE} doesn't publish: add it to ENGINE_MODULES (src/engine-modules.ts).`);
      return PREFIX + name;
    },
    load(id) {
      if (id === HOST) {
        return [
          `const host = globalThis[Symbol.for(${JSON.stringify(ENGINE_GLOBAL)})];`,
          `if (!host) throw new Error(${JSON.stringify(`The engine (${ENGINE_FILE}) is not loaded: the content script is injected after it.`)});`,
          'export const modules = host.modules;',
        ].join('\n');
      }
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const exports = Object.keys(ENGINE_MODULES[name]!).filter((k) => k !== 'default');
      return [
        `import { modules } from ${JSON.stringify(HOST)};`,
        `const m = modules[${JSON.stringify(name)}];`,
        ...exports.map((k) => `export const ${k} = m.${k};`),
      ].join('\n');
    },
  };
}
