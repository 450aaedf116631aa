/** Build-time gate: the extension ships only valid data (see src/core/data-check.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkData } from '../src/core/data-check';
import { checkLexicon } from '../src/core/lexicon';
import { checkRoleGuides } from '../src/core/role-guides';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const roleFiles = readdirSync(join(root, 'data/roles')).filter((f) => f.endsWith('.json'));
const { errors: dataErrors, taxonomy, roles } = checkData(read('data/skills.json'), Object.fromEntries(roleFiles.map((f) => [`data/roles/${f}`, read(`data/roles/${f}`)])));
const errors = [...dataErrors, ...checkLexicon()];
errors.push(...checkRoleGuides(read('data/role-guides.json'), roles.map((r) => r.id)));
if (errors.length > 0) {
  console.error(`Invalid bundled data (${errors.length} problems):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log(`data ok: ${taxonomy?.skills.length ?? 0} skills, ${roles.length} roles, a guide for each`);
