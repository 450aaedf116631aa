import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from '../src/core/data-check';

/** The bundled data files under `root` (data/skills.json, data/role-guides.json, data/roles/*.json), for checkBundledData. */
export function readDataFiles(root: string): DataFiles {
  const paths = ['data/skills.json', 'data/role-guides.json', ...readdirSync(join(root, 'data/roles')).filter((f) => f.endsWith('.json')).sort().map((f) => `data/roles/${f}`)];
  return Object.fromEntries(paths.map((p) => [p, readFileSync(join(root, p), 'utf8')]));
}
