import { expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES } from '../../src/core/bundled';
import { indexRoleNames } from '../../src/core/role-name-index';
import { countRoleNames } from '../../src/core/role-names';
import { titleWords } from '../../src/core/title';
import { tokenize } from '../../src/core/tokenize';
import { titleToRole } from '../../scripts/roles/title-to-role';

/**
 * The three readers of abbreviations (the title reader, the role-name finder and the role build's
 * title labels) read them from one table (lexicon/abbreviations.ts) and so agree on MLOps and
 * DevOps, however a posting writes them.
 */
const index = indexRoleNames(BUNDLED_ROLE_PROFILES);
function namedRoles(text: string): string[] {
  const counts = countRoleNames(tokenize(text), index, BUNDLED_ROLE_PROFILES.length);
  return BUNDLED_ROLE_PROFILES.filter((_, i) => counts[i]! > 0).map((r) => r.id);
}
const words = (title: string) => [...new Set(titleWords(title))].sort();

test.each([
  ['MLOps Engineer', 'ML Ops Engineer', 'mlops-engineer'],
  ['Senior MLOps Engineer', 'Senior Machine Learning Ops Engineer', 'mlops-engineer'],
  ['DevOps Engineer', 'Dev Ops Engineer', 'devops-engineer'],
  ['Senior DevOps Engineer (AWS)', 'Senior Dev-Ops Engineer (AWS)', 'devops-engineer'],
])('"%s" and "%s" are one role to every reader', (short, long, role) => {
  expect(titleToRole(short)).toBe(role);
  expect(titleToRole(long)).toBe(role);
  expect(namedRoles(`As a ${short}, you will own our deployment pipelines and on-call rotation.`)).toEqual([role]);
  expect(namedRoles(`As a ${long}, you will own our deployment pipelines and on-call rotation.`)).toEqual([role]);
});

test('the title reader spells MLOps out as machine learning operations, and keeps DevOps one word', () => {
  expect(words('MLOps Engineer')).toEqual(words('Machine Learning Operations Engineer'));
  expect(words('ML Ops Engineer')).toEqual(words('Machine Learning Operations Engineer'));
  // "Dev" in a title is a developer: spelled out, DevOps would read as "Platform Operations Engineer".
  expect(words('DevOps Engineer')).toEqual(['devops', 'engineer']);
  expect(words('DevOps Engineer')).not.toEqual(words('Operations Engineer'));
});
