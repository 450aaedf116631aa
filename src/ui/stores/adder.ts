import type { Engine, SkillRef } from '../../core/types';
import { customSkillId } from '../../storage/schema';
import { createSkillResolver } from '../resolve-skill';
import { createStore } from '../store';
import type { SkillListStore } from './skill-list';

export type Suggestion =
  | { kind: 'skill'; skill: SkillRef & { alias?: string }; have: boolean }
  | { kind: 'custom'; name: string; id: string; have: boolean };

export interface AdderModel {
  query: string;
  suggestions: Suggestion[];
  /** Index of the highlighted suggestion (keyboard), -1 for none. */
  active: number;
}

const SUGGESTION_LIMIT = 8;

/** The add-a-skill combobox: suggestions from the taxonomy, a custom entry last, keyboard moves. */
export function createAdderStore(engine: Engine | null, list: SkillListStore) {
  const store = createStore<AdderModel>({ query: '', suggestions: [], active: -1 });
  const resolve = engine ? createSkillResolver(engine) : undefined;
  const idOf = (s: Suggestion) => (s.kind === 'skill' ? s.skill.id : s.id);

  function suggestionsFor(query: string): Suggestion[] {
    const q = query.trim();
    if (!q) return [];
    const found: Suggestion[] = (engine?.searchSkills(q, SUGGESTION_LIMIT) ?? []).map((skill) => ({ kind: 'skill', skill, have: list.has(skill.id) }));
    // No custom option when the text is a known name or alias ("k8s" is Kubernetes).
    if (!resolve?.(q) && q.length <= 80) {
      const id = customSkillId(q);
      found.push({ kind: 'custom', name: q, id, have: list.has(id) });
    }
    return found;
  }
  // Keep the "already in your list" marks current.
  list.onChange(() => store.patch({ suggestions: store.get().suggestions.map((s) => ({ ...s, have: list.has(idOf(s)) })) }));

  const actions = {
    setQuery(query: string) {
      store.patch({ query, suggestions: suggestionsFor(query), active: query.trim() ? 0 : -1 });
    },
    moveActive(delta: number) {
      const { suggestions, active } = store.get();
      if (suggestions.length === 0) return;
      store.patch({ active: (active + delta + suggestions.length) % suggestions.length });
    },
    /** Adds the highlighted suggestion (or the first). */
    async chooseActive() {
      const { suggestions, active } = store.get();
      const pick = suggestions[active] ?? suggestions[0];
      if (pick) await actions.choose(pick);
    },
    async choose(s: Suggestion) {
      store.patch({ query: '', suggestions: [], active: -1 });
      await list.addOne(s.kind === 'skill' ? { id: s.skill.id, name: s.skill.name } : { id: s.id, name: s.name });
    },
    closeSuggestions() {
      store.patch({ suggestions: [], active: -1 });
    },
  };
  return { store, actions };
}
