import { detached, FIELD, LINE, lines, type PackedData } from './packed';
import { GENERIC_NAME_WEIGHT, type RoleName } from './role-name-index';

/*
 * What the packed data ships ready of the roles' titles and aliases (PackedRoles.names and
 * titleWords), apart from packed.ts, which the extension's pages import without the engine's
 * lexicon.
 */

/** The names the text may call the roles by, as role-name-index.ts roleNameLists builds them (see PackedRoles.names). */
export function unpackRoleNames(packed: PackedData): Map<string, RoleName[]> {
  const out = new Map<string, RoleName[]>();
  for (const line of lines(packed.roles.names)) {
    const fields = line.split(FIELD);
    const first = fields[0]!;
    const names: RoleName[] = [];
    for (let k = 1; k < fields.length; k++) {
      // Copies of the longer words: a cut would keep the whole column (see detached).
      const words = fields[k]!.split(' ').map(detached);
      const head = words[0]!;
      const generic = head.endsWith(GENERIC);
      words[0] = first;
      names.push({ words, role: parseInt(head, 36), weight: generic ? GENERIC_NAME_WEIGHT : 1 });
    }
    out.set(first, names);
  }
  return out;
}

/** Marks a generic role name (PackedRoles.names). */
export const GENERIC = '*';

/** Each role's titles as rank-roles.ts roleTitles builds them (see PackedRoles.titleWords). */
export function unpackRoleTitles(packed: PackedData): string[][][] {
  return packed.roles.titleWords.map((t) => t.split(LINE).map((words) => (words === '' ? [] : words.split(' ').map(detached))));
}
