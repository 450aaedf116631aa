import { getBundledRoles } from './bundled-engine';
import { unpackRoleProfiles, type RoleProfile } from './core/packed';
import { getRoleDetails } from './role-details';

/**
 * The bundled roles as the extension's pages show them (the comparison, the welcome page's
 * starter set): the engine's packed roles joined with their page-only details, both packed at
 * build time from the same files, so no page ships the source data.
 */
let profiles: RoleProfile[] | null = null;

export function getRoleProfiles(): readonly RoleProfile[] {
  profiles ??= unpackRoleProfiles(getBundledRoles(), getRoleDetails());
  return profiles;
}
