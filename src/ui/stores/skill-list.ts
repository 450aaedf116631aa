import type { UserSkill } from '../../core/types';
import type { SkillLevel } from '../../storage/schema';
import { plainStorageError } from '../plain-reason';
import type { SkillsRepo } from '../repos';
import { createStore, type Store } from '../store';

export interface StatusMessage {
  tone: 'ok' | 'error';
  text: string;
}

export interface SkillListModel {
  skills: UserSkill[];
  loaded: boolean;
  /** Result of the last add, remove or import, announced in the page's live region. */
  message: StatusMessage | null;
}

/**
 * The user's skill list as the pages that edit it see it: loaded once, kept current by the
 * storage watch, and every change saved through the repo. The other stores add through `add`.
 */
export function createSkillListStore(repo: SkillsRepo) {
  const store: Store<SkillListModel> = createStore<SkillListModel>({ skills: [], loaded: false, message: null });
  const listeners = new Set<(skills: UserSkill[]) => void>();
  const cleanups: Array<() => void> = [];
  let updates = 0;

  const setSkills = (skills: UserSkill[]) => {
    updates++;
    store.patch({ skills, loaded: true });
    for (const l of listeners) l(skills);
  };
  const has = (id: string) => store.get().skills.some((s) => s.id === id);
  const say = (tone: StatusMessage['tone'], text: string) => store.patch({ message: { tone, text } });

  return {
    store,
    has,
    say,
    /** Called with each new list (other stores keep their "already in your list" marks current). */
    onChange(cb: (skills: UserSkill[]) => void): () => void {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    /** Adds skills; `done` words the message from the number actually added. True if saved. */
    async add(skills: readonly UserSkill[], done: (added: number) => string): Promise<boolean> {
      const before = store.get().skills.length;
      try {
        const next = await repo.add(skills);
        setSkills(next);
        say('ok', done(next.length - before));
        return true;
      } catch (err) {
        say('error', `Could not save: ${plainStorageError(err)}`);
        return false;
      }
    },
    async remove(id: string): Promise<void> {
      const name = store.get().skills.find((s) => s.id === id)?.name ?? id;
      try {
        setSkills(await repo.remove(id));
        say('ok', `Removed ${name}.`);
      } catch (err) {
        say('error', `Could not remove ${name}: ${plainStorageError(err)}`);
      }
    },
    async setLevel(id: string, level: SkillLevel | ''): Promise<void> {
      try {
        setSkills(await repo.update(id, { level: level || undefined }));
      } catch (err) {
        say('error', `Could not save the level: ${plainStorageError(err)}`);
      }
    },
    async start(): Promise<void> {
      // Watch first, so a change made while loading is not lost; an older load is then ignored.
      cleanups.push(repo.watch(setSkills));
      const seen = updates;
      const skills = await repo.get();
      if (updates === seen) setSkills(skills);
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
    },
  };
}

export type SkillListStore = ReturnType<typeof createSkillListStore>;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
