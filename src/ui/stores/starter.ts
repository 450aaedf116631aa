import type { Role } from '../../core/schema';
import type { SkillRef } from '../../core/types';
import { createStore } from '../store';
import { plural, type SkillListStore } from './skill-list';

export interface StarterPick extends SkillRef {
  checked: boolean;
  have: boolean;
}

export interface StarterModel {
  roleId: string;
  /** The chosen role's core skills, none ticked until the user ticks them. */
  picks: StarterPick[];
}

export type StarterRole = Pick<Role, 'id' | 'title' | 'skills'>;

/** A starter set shorter than this is filled up with the role's next strongest skills. */
const STARTER_MIN = 6;

/**
 * A role's core skills, the most asked first: the starter set. A role whose postings ask for
 * varied stacks (backend: Java, Go, Python or Node) has few skills that half of them name; its
 * set is filled up with its strongest common skills.
 */
export function coreSkills(role: StarterRole, nameOf: (id: string) => string | undefined): SkillRef[] {
  const strongest = [...role.skills].filter((s) => s.tier !== 'nice').sort((a, b) => b.weight - a.weight);
  const core = strongest.filter((s) => s.tier === 'core');
  return (core.length >= STARTER_MIN ? core : strongest.slice(0, STARTER_MIN))
    .flatMap((s) => {
      const name = nameOf(s.id);
      return name ? [{ id: s.id, name }] : [];
    });
}

/** Pick a role, tick the core skills you have, add them. */
export function createStarterStore(roles: readonly StarterRole[], nameOf: (id: string) => string | undefined, list: SkillListStore) {
  const store = createStore<StarterModel>({ roleId: '', picks: [] });
  list.onChange((skills) => store.patch({ picks: store.get().picks.map((p) => ({ ...p, have: skills.some((k) => k.id === p.id) })) }));
  const actions = {
    chooseRole(roleId: string) {
      const role = roles.find((r) => r.id === roleId);
      const picks = role ? coreSkills(role, nameOf).map((s) => ({ ...s, checked: false, have: list.has(s.id) })) : [];
      store.patch({ roleId: role ? roleId : '', picks });
    },
    togglePick(id: string) {
      store.patch({ picks: store.get().picks.map((p) => (p.id === id && !p.have ? { ...p, checked: !p.checked } : p)) });
    },
    async addPicks() {
      const picked = store.get().picks.filter((p) => p.checked && !p.have);
      if (picked.length === 0) {
        list.say('ok', 'Tick the skills you have first.');
        return;
      }
      const saved = await list.add(picked.map(({ id, name }) => ({ id, name })), (n) => `Added ${plural(n, 'skill')}.`);
      if (saved) store.patch({ picks: store.get().picks.map((p) => ({ ...p, checked: false })) });
    },
  };
  return { store, actions };
}
