import loadDetails from 'virtual:role-lens-role-details';
import { unpackRoleDetails, type RoleDetails } from './core/packed';

/**
 * What only the extension's pages show of the bundled roles, packed at build time (scripts/pack),
 * apart from the engine's data: the history reads the role titles at first paint and loads the
 * engine after it.
 */
let details: RoleDetails[] | null = null;

export function getRoleDetails(): readonly RoleDetails[] {
  details ??= unpackRoleDetails(loadDetails());
  return details;
}

/** Id and title of every role. */
export function getRoleTitles(): ReadonlyArray<{ id: string; title: string }> {
  return getRoleDetails().map((d) => ({ id: d.id, title: d.title }));
}
