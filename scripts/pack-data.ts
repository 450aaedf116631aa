/** npm run pack-data: packs the bundled data as the build does (scripts/pack) and prints its size. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINE } from '../src/core/packed';
import { packDataFiles } from './pack/packed-data';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { packed, json, sourceBytes } = packDataFiles(root);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `packed data ok: ${packed.skills.split(LINE).length} skills, ${packed.roles.titles.length} roles; ${kib(json.length)} (skills and aliases ${kib(packed.skills.length)}), from ${kib(sourceBytes)} of source JSON`,
);
