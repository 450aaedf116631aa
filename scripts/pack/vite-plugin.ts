import type { Plugin } from 'vite';
import { packDataFiles } from './packed-data';

/** The module the extension imports its data from (declared in src/packed-data.d.ts). */
export const PACKED_DATA_MODULE = 'virtual:role-lens-packed-data';
const RESOLVED = `\0${PACKED_DATA_MODULE}`;

/**
 * Packs the bundled data while the extension builds (and in unit tests), so the packed form is
 * never stale and never committed. JSON.parse of a string literal: V8 reads it faster than the
 * same data as an object literal.
 */
export function packedData(root: string): Plugin {
  return {
    name: 'role-lens-packed-data',
    resolveId: (id) => (id === PACKED_DATA_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { json, files } = packDataFiles(root);
      for (const f of files) this.addWatchFile(f);
      // A function: the parsed data is garbage once unpacked, instead of held by the module.
      return `export default () => JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
