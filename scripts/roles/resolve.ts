/** Skill names → taxonomy ids, through names and aliases (case-insensitive). */
import type { Taxonomy } from '../../src/core/schema';

/** Lower case; hyphens, dots, slashes and runs of spaces made equal. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-_/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SkillResolver {
  /** The id a name or alias stands for, or undefined. */
  resolve(name: string): string | undefined;
}

export function createResolver(taxonomy: Taxonomy): SkillResolver {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const s of taxonomy.skills) {
    for (const n of [s.id, s.name, ...s.aliases]) {
      const e = n.toLowerCase();
      if (!exact.has(e)) exact.set(e, s.id);
      const k = nameKey(n);
      if (!loose.has(k)) loose.set(k, s.id);
    }
  }
  return {
    resolve(name) {
      return exact.get(name.toLowerCase()) ?? loose.get(nameKey(name));
    },
  };
}

/** Resolve every name; the unresolved ones are returned for the build to report. */
export function resolveAll(resolver: SkillResolver, names: readonly string[]): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const n of names) {
    const id = resolver.resolve(n);
    if (id === undefined) missing.push(n);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, missing };
}
