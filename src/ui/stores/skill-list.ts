import type { UserSkill } from '../../core/types';
import { NEWER_VERSION_MESSAGE } from '../../storage/items';
import type { SkillLevel } from '../../storage/schema';
import type { SkillsRepo } from '../repos';
import { createStore, type Store } from '../store';

export interface StatusMessage {
  tone: 'ok' | 'error';
  text: string;
}

export interface SkillListModel {
  skills: UserSkill[];
  loaded: boolean;
  /** Loading failed: said in the page instead of "Loading your skills…" forever. */
  loadError: string | null;
  /** The stored list was written by a newer version: shown, not editable. */
  readOnly: boolean;
  /** The list outgrew browser sync and is kept in this browser only. */
  overflow: boolean;
  /** Result of the last add, remove or level change, announced in the page's live region. */
  listMessage: StatusMessage | null;
}

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The user's skill list as the pages that edit it see it: loaded once, kept current by the
 * storage watch, every change saved through the repo. The other stores add through `add`, and
 * hear of each new list through `onChange`.
 */
export function createSkillListStore(repo: SkillsRepo) {
  const store: Store<SkillListModel> = createStore<SkillListModel>({
    skills: [],
    loaded: false,
    loadError: null,
    readOnly: false,
    overflow: false,
    listMessage: null,
  });
  const listeners = new Set<(skills: UserSkill[]) => void>();
  const cleanups: Array<() => void> = [];
  let updates = 0;

  const setSkills = (skills: UserSkill[]) => {
    updates++;
    store.patch({ skills, loaded: true });
    for (const l of listeners) l(skills);
  };
  const has = (id: string) => store.get().skills.some((s) => s.id === id);
  const say = (tone: StatusMessage['tone'], text: string) => store.patch({ listMessage: { tone, text } });
  /** Read-only and overflow follow every change of the list (another tab, another device). */
  const refreshStatus = async () => {
    const status = await repo.status?.().catch(() => null);
    if (status) store.patch({ readOnly: status.newerVersion !== null, overflow: status.overflow });
  };
  const save = async (what: string, change: () => Promise<UserSkill[]>): Promise<boolean> => {
    if (store.get().readOnly) {
      say('error', NEWER_VERSION_MESSAGE);
      return false;
    }
    try {
      setSkills(await change());
      return true;
    } catch (err) {
      say('error', `Could not ${what}: ${errorText(err)}`);
      return false;
    }
  };

  return {
    store,
    has,
    say,
    setSkills,
    onChange(cb: (skills: UserSkill[]) => void): () => void {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    /** Adds skills; `done` words the message from the number actually added. True if saved. */
    async add(skills: readonly UserSkill[], done: (added: number) => string): Promise<boolean> {
      const before = store.get().skills.length;
      const saved = await save('save', () => repo.add(skills));
      if (saved) say('ok', done(store.get().skills.length - before));
      return saved;
    },
    /** Adds skills and says nothing: the caller reports (imports say more than a count). Throws. */
    async addOrThrow(skills: readonly UserSkill[]): Promise<void> {
      setSkills(await repo.add(skills));
    },
    /** Adds one skill, or says it is already there. */
    async addOne(skill: UserSkill): Promise<void> {
      if (has(skill.id) && !store.get().readOnly) return say('ok', `${skill.name} is already in your list.`);
      await this.add([skill], () => `Added ${skill.name}.`);
    },
    async remove(id: string): Promise<void> {
      const name = store.get().skills.find((s) => s.id === id)?.name ?? id;
      if (await save('save', () => repo.remove(id))) say('ok', `Removed ${name}.`);
    },
    async setLevel(id: string, level: SkillLevel | ''): Promise<void> {
      await save('save', () => repo.update(id, { level: level || undefined }));
    },
    /** Loads the list; a failure is said in the page (loadError), never thrown. */
    async start(): Promise<void> {
      // Watch first, so a change made while loading is not lost; an older load is then ignored.
      cleanups.push(
        repo.watch((skills) => {
          setSkills(skills);
          void refreshStatus();
        }),
      );
      const seen = updates;
      try {
        const skills = await repo.get();
        if (updates === seen) setSkills(skills);
        await refreshStatus();
      } catch (err) {
        // Storage unreadable (quota, a broken profile): said in the page, never an endless "Loading…".
        store.patch({ loaded: true, loadError: `Your skills could not be loaded: ${errorText(err)}` });
      }
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
    },
  };
}

export type SkillListStore = ReturnType<typeof createSkillListStore>;
