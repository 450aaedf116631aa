import { roleSchema, taxonomySchema, type Role, type Taxonomy } from './schema';
import { aliasKeys } from './skill-index';

export interface DataCheck {
  errors: string[];
  taxonomy: Taxonomy | null;
  roles: Role[];
}

function issues(prefix: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.slice(0, 20).map((i) => `${prefix}${i.path.length ? ` at ${i.path.map(String).join('.')}` : ''}: ${i.message}`);
}

/**
 * Everything the extension assumes of its bundled data: the shapes (zod), unique ids, every
 * referenced id resolves, no alias shared by two skills, roles named after their files.
 * Used at build time (scripts/validate-data.ts) and in tests.
 */
export function checkData(rawTaxonomy: unknown, rawRoles: Record<string, unknown>): DataCheck {
  const errors: string[] = [];
  const t = taxonomySchema.safeParse(rawTaxonomy);
  if (!t.success) errors.push(...issues('data/skills.json', t.error));
  const taxonomy = t.success ? t.data : null;
  const ids = new Set<string>();
  if (taxonomy) {
    const owner = new Map<string, string>();
    for (const s of taxonomy.skills) {
      if (ids.has(s.id)) errors.push(`data/skills.json: duplicate skill id "${s.id}"`);
      ids.add(s.id);
    }
    for (const s of taxonomy.skills) {
      if (s.parent && !ids.has(s.parent)) errors.push(`data/skills.json: ${s.id}: parent "${s.parent}" is not a skill`);
      if (s.parent === s.id) errors.push(`data/skills.json: ${s.id} is its own parent`);
      for (const r of s.related ?? []) if (!ids.has(r)) errors.push(`data/skills.json: ${s.id}: related "${r}" is not a skill`);
      for (const alias of [s.name, ...s.aliases]) {
        const key = aliasKeys(alias).map((k) => k.key).join(' ');
        if (key === '') {
          errors.push(`data/skills.json: ${s.id}: alias "${alias}" has no letters or digits`);
          continue;
        }
        const prev = owner.get(key);
        if (prev && prev !== s.id) errors.push(`data/skills.json: alias "${alias}" of ${s.id} is also an alias of ${prev}`);
        owner.set(key, s.id);
      }
    }
  }
  const roles: Role[] = [];
  for (const [file, raw] of Object.entries(rawRoles)) {
    const r = roleSchema.safeParse(raw);
    if (!r.success) {
      errors.push(...issues(file, r.error));
      continue;
    }
    const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (r.data.id !== expected) errors.push(`${file}: id "${r.data.id}" differs from the file name`);
    const seen = new Set<string>();
    for (const s of r.data.skills) {
      if (taxonomy && !ids.has(s.id)) errors.push(`${file}: skill "${s.id}" is not in data/skills.json`);
      if (seen.has(s.id)) errors.push(`${file}: skill "${s.id}" listed twice`);
      seen.add(s.id);
    }
    roles.push(r.data);
  }
  return { errors, taxonomy, roles };
}
