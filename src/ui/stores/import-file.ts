import type { UserSkill } from '../../core/types';
import { parseSkillFile } from '../../storage/import-csv';
import { exportFileName, exportSkills, type ImportMerge, type SkillResolver } from '../../storage/import-export';
import { MAX_SKILLS, NEWER_VERSION_MESSAGE } from '../../storage/items';
import { createStore } from '../store';
import { errorText, plural, type SkillListStore, type StatusMessage } from './skill-list';

export interface FileModel {
  /** Result of the last import or export, shown beside the buttons. */
  fileMessage: StatusMessage | null;
}

/**
 * Export the list as JSON; import a file (LinkedIn's Skills.csv, our export, a JSON list of
 * names), checked first: a bad file changes nothing. `say` is where the result is told (the
 * options page has a line for it; the welcome page its one live region).
 */
export function createFileStore(
  resolve: SkillResolver | undefined,
  list: SkillListStore,
  io: { download?(fileName: string, text: string): void; now?: () => Date; say?(tone: StatusMessage['tone'], text: string): void } = {},
) {
  const store = createStore<FileModel>({ fileMessage: null });
  const say = io.say ?? ((tone: StatusMessage['tone'], text: string) => store.patch({ fileMessage: { tone, text } }));
  const now = io.now ?? (() => new Date());
  return {
    store,
    exportList(): void {
      const skills = list.store.get().skills;
      io.download?.(exportFileName(now()), exportSkills(skills, now()));
      say('ok', `Exported ${plural(skills.length, 'skill')}.`);
    },
    async importText(text: string, fileName?: string): Promise<void> {
      const result = parseSkillFile(text, fileName, resolve);
      const from = fileName ? ` ${fileName}` : '';
      if (!result.ok) return say('error', `Nothing was imported from${from || ' the file'}. ${result.error}`);
      if (list.store.get().readOnly) return say('error', `Nothing was imported. ${NEWER_VERSION_MESSAGE}`);
      const current = list.store.get().skills;
      const already = result.skills.filter((s) => current.some((k) => k.id === s.id));
      const fresh = result.skills.filter((s) => !current.some((k) => k.id === s.id));
      const added = fresh.slice(0, Math.max(0, MAX_SKILLS - current.length));
      const refused = fresh.length - added.length;
      try {
        if (added.length) await list.addOrThrow(added);
        say(refused ? 'error' : 'ok', importReport(from, added, already, result.merged, refused));
      } catch (err) {
        say('error', `Could not save the imported skills: ${errorText(err)}`);
      }
    },
  };
}

const NAMES_SHOWN = 12;

function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(', ');
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
}

/** Exactly what an import did: added, already there, merged within the file, refused by the cap. */
export function importReport(from: string, added: readonly UserSkill[], already: readonly UserSkill[], merged: readonly ImportMerge[], refused: number): string {
  const parts = [`Imported${from}: ${plural(added.length, 'new skill')} added${added.length ? ` (${names(added.map((s) => s.name))})` : ''}`];
  parts.push(`${already.length} already in your list${already.length ? ` (${names(already.map((s) => s.name))})` : ''}`);
  let text = parts.join(', ') + '.';
  if (merged.length) {
    text += ` ${merged.length} merged with another entry of the file (${names(merged.map((m) => `${m.name} = ${m.into}`))}).`;
  }
  if (refused) text += ` ${refused} not added: your list holds at most ${MAX_SKILLS.toLocaleString('en')} skills.`;
  return text;
}
