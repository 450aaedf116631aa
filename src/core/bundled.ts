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

/**
 * The same engine, built only when first asked for something: a content script on a page that
 * turns out not to be a posting (a LinkedIn feed, a search list) never pays for the index.
 */
export function lazyBundledEngine(): Engine {
  return {
    analyze: (posting, skills, notAsked) => getBundledEngine().analyze(posting, skills, notAsked),
    gap: (hits, skills, notAsked) => getBundledEngine().gap(hits, skills, notAsked),
    findMentions: (text, options) => getBundledEngine().findMentions(text, options),
    searchSkills: (query, limit) => getBundledEngine().searchSkills(query, limit),
    skill: (id) => getBundledEngine().skill(id),
  };
}
