import type { Skill } from './schema';

/** What kind of name a skill has: it decides how a list after it reads. Pure, and small enough for the popup. */

const CONCEPTS = new Set(['group', 'ml-concept', 'method', 'statistics']);

/**
 * A name in the plural: "Cloud platforms", "Databases", "APIs"; not a camel-case product whose last
 * word ends in s ("DevOps", "MLOps", "SolarWinds").
 */
const isPluralName = (n: string) => endsInOneS(n) && !/[A-Za-z][A-Z][a-z]{2,}$/.test(n);

/** /[^s]s$/ without a regex: this runs for every pair of asked skills, and most names end otherwise. */
const endsInOneS = (n: string) => n.length >= 2 && n.charCodeAt(n.length - 1) === 115 && n.charCodeAt(n.length - 2) !== 115;

/**
 * A name for a kind of product, in the plural or a group ("Cloud platforms", "Databases", "BI
 * tools"): named with its examples, it is the group's name, not a skill of its own. A field
 * ("Machine learning", "Computer vision") is a skill of its own even beside its methods.
 */
export function namesAKind(skill: Pick<Skill, 'name' | 'category'> | undefined): boolean {
  return skill !== undefined && (skill.category === 'group' || isPluralName(skill.name));
}

/**
 * A kind of thing rather than a product: a group or concept, or named in the plural or in
 * sentence case ("Cloud platforms", "BI tools", "Cloud computing"; not "AWS", "Apache Spark").
 */
export function isGenericSkill(skill: Pick<Skill, 'name' | 'category'> | undefined): boolean {
  if (!skill) return false;
  const n = skill.name;
  return CONCEPTS.has(skill.category) || isPluralName(n) || (n.includes(' ') && n.slice(1) === n.slice(1).toLowerCase());
}
