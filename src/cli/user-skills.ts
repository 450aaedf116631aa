import type { UserSkill } from '../core/types';
import { parseImport } from '../storage/import-export';

/** Skills typed on the command line ("Python, PyTorch (primary), k8s"): resolved by the engine's aliases. */
export function skillsFromList(list: string): UserSkill[] {
  return list
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((name) => ({ id: `custom:${name.toLowerCase().replace(/[^a-z0-9+#.]+/g, '-')}`, name }));
}

/** A skills file: the extension's export, a JSON array of names, or plain text one skill a line. */
export function skillsFromFile(content: string, path: string): UserSkill[] {
  const trimmed = content.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseImport(content);
    if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
    return parsed.skills;
  }
  return skillsFromList(content);
}
