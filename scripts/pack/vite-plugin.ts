import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { roleGuidesSchema, type RoleGuides, type ShownRoleGuide } from '../../src/core/role-guides';
import { packDataFiles, type PackResult } from './packed-data';

/** The module the extension imports its data from (declared in src/packed-data.d.ts). */
export const PACKED_DATA_MODULE = 'virtual:role-lens-packed-data';
/** What only the extension's pages show of the roles (declared in src/packed-data.d.ts). */
export const ROLE_DETAILS_MODULE = 'virtual:role-lens-role-details';
/** The role guides as the comparison page shows them (declared in src/packed-data.d.ts). */
export const ROLE_GUIDES_MODULE = 'virtual:role-lens-role-guides';
const resolved = (id: string) => `\0${id}`;
const VIRTUAL = new Set([PACKED_DATA_MODULE, ROLE_DETAILS_MODULE, ROLE_GUIDES_MODULE]);

/**
 * Packs the bundled data while the extension builds (and in unit tests), so the packed form is
 * never stale and never committed. JSON.parse of a string literal: V8 reads it faster than the
 * same data as an object literal.
 */
export function packedData(root: string): Plugin {
  // Both modules come from one packing; a change to a data file packs again.
  let result: PackResult | null = null;
  const pack = () => (result ??= packDataFiles(root));
  return {
    name: 'role-lens-packed-data',
    buildStart: () => {
      result = null;
    },
    watchChange: () => {
      result = null;
    },
    resolveId: (id) => (VIRTUAL.has(id) ? resolved(id) : undefined),
    load(id) {
      if (id === resolved(ROLE_GUIDES_MODULE)) {
        const file = join(root, 'data/role-guides.json');
        this.addWatchFile(file);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(shownGuides(roleGuidesSchema.parse(JSON.parse(readFileSync(file, 'utf8'))))))});`;
      }
      if (id !== resolved(PACKED_DATA_MODULE) && id !== resolved(ROLE_DETAILS_MODULE)) return undefined;
      const { json, detailsJson, files } = pack();
      for (const f of files) this.addWatchFile(f);
      // A function: the parsed data is garbage once unpacked, instead of held by the module. The
      // string literal itself stays with the function's code, so it is kept to one byte a
      // character: a single '’' would make V8 store all of it (and every string cut from it) in
      // two, 300 KB instead of 150 KB in every job tab.
      return `export default () => JSON.parse(${JSON.stringify(asciiJson(id === resolved(PACKED_DATA_MODULE) ? json : detailsJson))});`;
    },
  };
}

/** JSON with every character beyond ASCII written as a \u escape: the same data once parsed. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The guides without what the page never shows: the file's version and each guide's sources
 * (validated with the rest of the data by scripts/validate-data.ts). The sources are one long
 * line a guide, 0.2 KB of the zip.
 */
export function shownGuides(file: RoleGuides): ShownRoleGuide[] {
  return file.guides.map(({ sources: _sources, ...shown }) => shown);
}
