import skillsJson from '../../data/skills.json';
import { BUNDLED_ROLES } from './bundled-roles';
import { createEngine } from './engine';
import type { Role, Taxonomy } from './schema';
import type { Engine } from './types';

/**
 * The taxonomy and role profiles shipped with the extension. They are validated with zod at
 * build time (scripts/validate-data.ts) and in tests (tests/data), so the extension doesn't pay
 * for a second validation on every page.
 */
export const BUNDLED_TAXONOMY = skillsJson as Taxonomy;
export const BUNDLED_ROLE_PROFILES = BUNDLED_ROLES as Role[];

let engine: Engine | null = null;

/** The engine over the bundled data, built on first use (the alias index takes a few ms). */
export function getBundledEngine(): Engine {
  engine ??= createEngine(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES);
  return engine;
}
