/**
 * The build step that packs the bundled data (src/core/pack.ts) from whatever data/skills.json
 * and data/roles/*.json hold: validated first (src/core/data-check.ts), and the packed form
 * checked after, by unpacking it and comparing its alias trie with the one the source builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkData } from '../../src/core/data-check';
import { packData, packRoleDetails } from '../../src/core/pack';
import { unpackRoleDetails, unpackRoleProfiles, unpackRoles, type PackedData, type PackedRoleDetails } from '../../src/core/packed';
import { unpackIndex } from '../../src/core/packed-index';
import { triePaths } from '../../src/core/alias-trie';
import { buildSkillIndex } from '../../src/core/skill-index';

export interface PackResult {
  packed: PackedData;
  /** The packed data as shipped (JSON). */
  json: string;
  /** What only the extension's pages show of the roles, as shipped (JSON). */
  detailsJson: string;
  /** The files it was made from, for a build's watch list. */
  files: string[];
  /** The source data's size as the engine imported it before packing (minified JSON). */
  sourceBytes: number;
}

export function packDataFiles(root: string): PackResult {
  const rolesDir = join(root, 'data/roles');
  const files = [join(root, 'data/skills.json'), ...readdirSync(rolesDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(rolesDir, f))];
  const raw = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
  const { errors, taxonomy, roles } = checkData(raw[0], Object.fromEntries(files.slice(1).map((f, i) => [`data/roles/${f.slice(rolesDir.length + 1)}`, raw[i + 1]])));
  if (errors.length > 0 || !taxonomy) throw new Error(`Invalid bundled data (${errors.length} problems):\n  ${errors.join('\n  ')}`);
  const packed = packData(taxonomy, roles);
  const json = JSON.stringify(packed);
  const unpacked = unpackIndex(JSON.parse(json) as PackedData);
  const index = buildSkillIndex(taxonomy);
  if (triePaths(unpacked.trie).join('\n') !== triePaths(index.trie).join('\n') || unpacked.skills.size !== index.skills.size) {
    throw new Error('The packed data does not unpack to the alias index of the source data (src/core/pack.ts, packed.ts).');
  }
  const detailsJson = JSON.stringify(packRoleDetails(roles));
  const profiles = unpackRoleProfiles(unpackRoles(packed), unpackRoleDetails(JSON.parse(detailsJson) as PackedRoleDetails));
  profiles.forEach((p, i) => {
    const r = roles[i]!;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (p.id !== r.id || p.title !== r.title || p.summary !== r.summary || !same(p.industries, r.industries) || !same(p.education, r.education) || !same(p.tools, r.tools) || !same(p.skills.map((s) => [s.id, s.tier]), r.skills.map((s) => [s.id, s.tier]))) {
      throw new Error(`The packed role details do not unpack to the role "${r.id}" (src/core/pack.ts, packed.ts).`);
    }
  });
  const sourceBytes = raw.reduce<number>((n, r) => n + JSON.stringify(r).length, 0);
  return { packed, json, detailsJson, files, sourceBytes };
}
