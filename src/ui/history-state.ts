import type { Engine, UserSkill } from '../core/types';
import type { HistoryEntry } from '../storage/history-entry';
import type { HistoryRepo } from './history-repo';
import { NO_FILTERS, historyCsv, historyJson, type HistoryFilters } from './history-model';
import type { SkillsRepo } from './repos';
import { createStore, type Store } from './store';

/** The history page's state: one store, actions that go through the repos. */
export interface HistoryModel {
  loaded: boolean;
  entries: HistoryEntry[];
  skills: UserSkill[];
  on: boolean;
  filters: HistoryFilters;
  /** Role whose postings the top missing skills are counted over (null: all). */
  topRole: string | null;
  /** Keys of the postings ticked for "compare side by side" (at most 3). */
  selected: string[];
  notice: string | null;
}

export interface HistoryActions {
  setFilters(patch: Partial<HistoryFilters>): void;
  setTopRole(roleId: string | null): void;
  toggleSelected(key: string): void;
  addSkill(skill: { id: string; name: string }): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
  setOn(on: boolean): Promise<void>;
  exportCsv(): void;
  exportJson(): void;
}

export interface HistoryState {
  store: Store<HistoryModel>;
  actions: HistoryActions;
  start(): Promise<void>;
  dispose(): void;
}

export interface HistoryDeps {
  history: HistoryRepo;
  skills: SkillsRepo;
  /** The engine's gap, to rescore every posting when the skill list changes (loaded lazily). */
  engine: () => Promise<Pick<Engine, 'gap'>>;
  download(fileName: string, text: string, type: string): void;
  confirm(question: string): boolean;
  now?: () => Date;
}

export const MAX_COMPARED = 3;

export function createHistoryState(deps: HistoryDeps): HistoryState {
  const now = deps.now ?? (() => new Date());
  const store = createStore<HistoryModel>({
    loaded: false,
    entries: [],
    skills: [],
    on: true,
    filters: NO_FILTERS,
    topRole: null,
    selected: [],
    notice: null,
  });
  const stops: Array<() => void> = [];
  const fail = (what: string) => (err: unknown) => store.patch({ notice: `${what} failed: ${err instanceof Error ? err.message : String(err)}` });

  /** Every posting against the current list; the stored entries change only where the gap did. */
  const rescore = async (skills: readonly UserSkill[]) => {
    const engine = await deps.engine();
    const entries = await deps.history.rescore((hits) => engine.gap(hits, skills));
    store.patch({ entries });
  };

  const setEntries = (entries: HistoryEntry[]) => {
    const keys = new Set(entries.map((e) => e.key));
    store.set((m) => ({ ...m, entries, selected: m.selected.filter((k) => keys.has(k)) }));
  };

  const stamp = () => now().toISOString().slice(0, 10);

  const actions: HistoryActions = {
    setFilters: (patch) => store.set((m) => ({ ...m, filters: { ...m.filters, ...patch } })),
    setTopRole: (topRole) => store.patch({ topRole }),
    toggleSelected(key) {
      store.set((m) => {
        if (m.selected.includes(key)) return { ...m, selected: m.selected.filter((k) => k !== key) };
        if (m.selected.length >= MAX_COMPARED) return { ...m, notice: `Compare up to ${MAX_COMPARED} postings at a time.` };
        return { ...m, selected: [...m.selected, key], notice: null };
      });
    },
    async addSkill(skill) {
      try {
        const skills = await deps.skills.add([{ id: skill.id, name: skill.name }]);
        store.patch({ skills, notice: `${skill.name} added to your skills.` });
        await rescore(skills);
      } catch (err) {
        fail(`Adding ${skill.name}`)(err);
      }
    },
    async remove(key) {
      await deps.history.remove(key).catch(fail('Deleting the posting'));
      setEntries(await deps.history.get());
    },
    async clear() {
      if (!deps.confirm('Delete every posting from your history? This cannot be undone.')) return;
      await deps.history.clear().catch(fail('Clearing the history'));
      setEntries([]);
    },
    async setOn(on) {
      await deps.history.setOn(on).catch(fail('Saving the setting'));
      store.patch({ on });
    },
    exportCsv: () => deps.download(`role-lens-history-${stamp()}.csv`, historyCsv(store.get().entries), 'text/csv'),
    exportJson: () => deps.download(`role-lens-history-${stamp()}.json`, historyJson(store.get().entries, now()), 'application/json'),
  };

  return {
    store,
    actions,
    async start() {
      const [entries, skills, on] = await Promise.all([deps.history.get(), deps.skills.get(), deps.history.isOn()]);
      store.patch({ entries, skills, on, loaded: true });
      stops.push(deps.history.watch(setEntries));
      stops.push(
        deps.skills.watch((next) => {
          store.patch({ skills: next });
          void rescore(next).catch(fail('Updating the scores'));
        }),
      );
      await rescore(skills).catch(fail('Updating the scores'));
    },
    dispose() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}
