/** Build-time gate: the extension ships only valid data (the one validator: checkBundledData in src/core/data-check.ts). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBundledData } from '../src/core/data-check';
import { readDataFiles } from './data-files';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const { errors, taxonomy, roles } = checkBundledData(readDataFiles(root));
if (errors.length > 0) {
  console.error(`Invalid bundled data (${errors.length} problems):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log(`data ok: ${taxonomy?.skills.length ?? 0} skills, ${roles.length} roles, a guide for each, the lexicon's word lists`);
