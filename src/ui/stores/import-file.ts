import { parseSkillFile } from '../../storage/import-csv';
import type { SkillResolver } from '../../storage/import-export';
import { plural, type SkillListStore } from './skill-list';

/** Imports a chosen file (LinkedIn's Skills.csv, our JSON export, a JSON list of names) into the list. */
export function createImportStore(resolve: SkillResolver | undefined, list: SkillListStore) {
  return {
    async importText(text: string, fileName?: string): Promise<void> {
      const result = parseSkillFile(text, fileName, resolve);
      const from = fileName ? ` ${fileName}` : '';
      if (!result.ok) {
        list.say('error', `Nothing was imported from${from || ' the file'}. ${result.error}`);
        return;
      }
      await list.add(result.skills, (added) => `Imported${from}: ${plural(added, 'new skill')} added, ${result.skills.length - added} already in your list.`);
    },
  };
}
