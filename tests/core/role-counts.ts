import { BUNDLED_ROLE_PROFILES } from '../../src/core/bundled';
import { indexRoleNames } from '../../src/core/role-name-index';
import { countRoleNames } from '../../src/core/role-names';
import { tokenize } from '../../src/core/tokenize';

const index = indexRoleNames(BUNDLED_ROLE_PROFILES);

/** What the role-name finder counts for each bundled role the text names, by role id (roles it does not name left out). */
export function named(text: string): Record<string, number> {
  const counts = countRoleNames(tokenize(text), index, BUNDLED_ROLE_PROFILES.length);
  const out: Record<string, number> = {};
  BUNDLED_ROLE_PROFILES.forEach((r, i) => {
    if (counts[i]! > 0) out[r.id] = counts[i]!;
  });
  return out;
}
