import { checkLexicon } from './lexicon';
import { checkRoleGuides } from './role-guides';
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

/** Rules on the skills themselves, beyond their shapes: one place, run by the build and called by the tests. */
function taxonomyRules(taxonomy: Taxonomy, errors: string[]): void {
  const byId = new Map(taxonomy.skills.map((s) => [s.id, s]));
  const ids = taxonomy.skills.map((s) => s.id);
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const firstUnsorted = ids.findIndex((id, i) => id !== sorted[i]);
  if (firstUnsorted >= 0) errors.push(`data/skills.json: skills are not sorted by id (first out of place: "${ids[firstUnsorted]}")`);
  for (const s of taxonomy.skills) {
    for (const r of s.related ?? []) {
      if (r === s.id) errors.push(`data/skills.json: ${s.id} is related to itself`);
      else if (byId.has(r) && !(byId.get(r)!.related ?? []).includes(s.id)) errors.push(`data/skills.json: ${s.id} is related to ${r}, but ${r} not to ${s.id}`);
    }
    const seen = new Set([s.id]);
    for (let p = s.parent; p !== undefined; p = byId.get(p)?.parent) {
      if (seen.has(p)) {
        errors.push(`data/skills.json: parent cycle at ${s.id} (through ${p})`);
        break;
      }
      seen.add(p);
    }
    if (s.aliases.includes(s.name)) errors.push(`data/skills.json: ${s.id}: an alias repeats the name "${s.name}"`);
    if (new Set(s.aliases).size !== s.aliases.length) errors.push(`data/skills.json: ${s.id}: an alias is listed twice`);
  }
}

/**
 * Everything the extension assumes of its bundled data: the shapes (zod), unique ids sorted, every
 * referenced id resolves, related skills relate back, no parent cycle, no alias shared by two
 * skills, roles named after their files. The one validator: run at build time
 * (scripts/validate-data.ts) and called by the tests, which don't restate its rules.
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
    taxonomyRules(taxonomy, errors);
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

/** The bundled data files as read from disk: path under the repository → its text. */
export type DataFiles = Record<string, string>;

/**
 * The one validator of the bundled data, run by the build (scripts/validate-data.ts) and called
 * by the tests (tests/data/data-check.test.ts): every file parses and is canonically formatted
 * (JSON.stringify(…, null, 2) and a newline, so diffs stay readable), the taxonomy and roles
 * pass checkData (shapes, ids, parent cycles, related symmetry, alias clashes), every role has
 * its guide (role-guides.ts), and every word list of the lexicon is sorted, unique and of one
 * kind (lexicon/index.ts).
 */
export function checkBundledData(files: DataFiles): DataCheck {
  const errors: string[] = [];
  const parsed = new Map<string, unknown>();
  for (const [path, text] of Object.entries(files)) {
    try {
      const value: unknown = JSON.parse(text);
      parsed.set(path, value);
      if (text !== `${JSON.stringify(value, null, 2)}\n`) errors.push(`${path}: not canonically formatted (JSON.stringify(data, null, 2) and a newline)`);
    } catch (e) {
      errors.push(`${path}: not JSON (${(e as Error).message})`);
    }
  }
  const roleFiles = Object.fromEntries([...parsed].filter(([path]) => path.startsWith('data/roles/')));
  const result = checkData(parsed.get('data/skills.json'), roleFiles);
  errors.push(...result.errors);
  if (!parsed.has('data/role-guides.json')) errors.push('data/role-guides.json: missing');
  else errors.push(...checkRoleGuides(parsed.get('data/role-guides.json'), result.roles.map((r) => r.id)));
  errors.push(...checkLexicon());
  return { errors, taxonomy: result.taxonomy, roles: result.roles };
}
