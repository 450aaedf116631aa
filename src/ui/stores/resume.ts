import type { Engine } from '../../core/types';
import { findResumeSkills, type FoundSkill } from '../resume-evidence';
import { createStore } from '../store';
import { plural, type SkillListStore } from './skill-list';

export interface ResumeModel {
  resumeText: string;
  /** Skills found in the text, or null before "Find skills". */
  found: FoundSkill[] | null;
}

/** What the résumé finder can do, shared by the options page and the welcome page. */
export interface ResumeActions {
  setResumeText(text: string): void;
  findInResume(): void;
  toggleFound(id: string): void;
  selectAll(): void;
  selectNone(): void;
  addFound(): Promise<void>;
}

/** Paste a résumé, find the taxonomy's skills in it, choose which to add. The text is never saved. */
export function createResumeStore(engine: Engine | null, categoryOf: (id: string) => string | undefined, list: SkillListStore) {
  const store = createStore<ResumeModel>({ resumeText: '', found: null });
  const setFound = (f: (x: FoundSkill) => FoundSkill) => {
    const found = store.get().found;
    if (found) store.patch({ found: found.map((x) => (x.have ? { ...x, checked: false } : f(x))) });
  };
  list.onChange((skills) => {
    const found = store.get().found;
    if (found) store.patch({ found: found.map((x) => ({ ...x, have: skills.some((k) => k.id === x.id) })) });
  });

  const actions: ResumeActions = {
    setResumeText(text: string) {
      store.patch({ resumeText: text });
    },
    findInResume() {
      if (!engine) return;
      const found = findResumeSkills(store.get().resumeText, engine, categoryOf, list.has);
      store.patch({ found });
    },
    toggleFound(id: string) {
      setFound((f) => (f.id === id ? { ...f, checked: !f.checked } : f));
    },
    selectAll() {
      setFound((f) => ({ ...f, checked: true }));
    },
    selectNone() {
      setFound((f) => ({ ...f, checked: false }));
    },
    async addFound() {
      const picked = (store.get().found ?? []).filter((f) => f.checked && !f.have);
      if (picked.length === 0) {
        list.say('ok', 'Nothing new to add.');
        return;
      }
      const saved = await list.add(
        picked.map((f) => ({ id: f.id, name: f.name })),
        (n) => `Added ${plural(n, 'skill')} from your résumé.`,
      );
      if (saved) store.patch({ found: null, resumeText: '' });
    },
  };
  return { store, actions };
}
