import type { Engine, SkillRef, UserSkill } from '../core/types';
import { exportFileName, exportSkills, parseImport, type ImportMerge } from '../storage/import-export';
import { MAX_SKILLS, NEWER_VERSION_MESSAGE } from '../storage/items';
import { customSkillId, type QuarantineEntry, type SkillLevel } from '../storage/schema';
import type { QuarantineRepo, SettingsRepo, SkillPlaceRepo, SkillsRepo } from './repos';
import { createSkillResolver } from './resolve-skill';
import { createStore, type Store } from './store';

export type Suggestion =
  | { kind: 'skill'; skill: SkillRef; have: boolean }
  | { kind: 'custom'; name: string; id: string; have: boolean };

export interface FoundSkill extends SkillRef {
  /** Already in the user's list. */
  have: boolean;
  checked: boolean;
}

export interface OptionsMessage {
  tone: 'ok' | 'error';
  text: string;
}

export interface OptionsModel {
  skills: UserSkill[];
  loaded: boolean;
  query: string;
  suggestions: Suggestion[];
  /** Index of the highlighted suggestion (keyboard), -1 for none. */
  active: number;
  resumeText: string;
  /** Skills found in the résumé, or null before "Find skills". */
  found: FoundSkill[] | null;
  /** Result of the last import, export or add, shown near the control that caused it. */
  listMessage: OptionsMessage | null;
  fileMessage: OptionsMessage | null;
  allSites: boolean;
  allSitesBusy: boolean;
  allSitesError: string | null;
  /** In-page highlights coloured by status (the page can then read which skills the user has). */
  colourHighlights: boolean;
  /** This browser keeps the skill list to itself instead of syncing it. */
  keepOnDevice: boolean;
  /** A copy of the list is in browser sync. */
  syncedCopy: boolean;
  placeMessage: OptionsMessage | null;
  quarantine: QuarantineEntry[];
  engineReady: boolean;
  /** Loading failed: said in the page instead of "Loading your skills…" forever. */
  loadError: string | null;
  /** The stored list was written by a newer version: shown, not editable. */
  readOnly: boolean;
  /** The list outgrew browser sync and is kept in this browser only. */
  overflow: boolean;
}

export const OVERFLOW_MESSAGE = 'Your list is too long for browser sync: kept in this browser only.';

export interface OptionsActions {
  setQuery(query: string): void;
  moveActive(delta: number): void;
  /** Adds the highlighted suggestion (or the first). */
  chooseActive(): Promise<void>;
  choose(suggestion: Suggestion): Promise<void>;
  closeSuggestions(): void;
  remove(id: string): Promise<void>;
  setLevel(id: string, level: SkillLevel | ''): Promise<void>;
  setResumeText(text: string): void;
  findInResume(): void;
  toggleFound(id: string): void;
  addFound(): Promise<void>;
  exportList(): void;
  importText(text: string, fileName?: string): Promise<void>;
  /** Must be called straight from the click: `permissions.request` needs the user gesture. */
  setAllSites(enabled: boolean): Promise<void>;
  setColourHighlights(on: boolean): Promise<void>;
  setKeepOnDevice(on: boolean): Promise<void>;
  deleteSyncedCopy(): Promise<void>;
  downloadQuarantine(): void;
  dismissQuarantine(): Promise<void>;
}

export interface PermissionsApi {
  contains(): Promise<boolean>;
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
  /** Calls back when the permission changes outside the page (browser settings); returns unwatch. */
  watch?(cb: (granted: boolean) => void): () => void;
}

export interface OptionsDeps {
  /** Autocomplete and résumé parsing need it; null until it is loaded. */
  engine: Engine | null;
  skills: SkillsRepo;
  settings: SettingsRepo;
  quarantine: QuarantineRepo;
  /** Where the list lives: synced, or in this browser only. */
  place: SkillPlaceRepo;
  permissions: PermissionsApi;
  download(fileName: string, text: string): void;
  now?: () => Date;
}

export interface OptionsState {
  store: Store<OptionsModel>;
  actions: OptionsActions;
  start(): Promise<void>;
  dispose(): void;
}

export function initialOptionsModel(partial: Partial<OptionsModel> = {}): OptionsModel {
  return {
    skills: [],
    loaded: false,
    query: '',
    suggestions: [],
    active: -1,
    resumeText: '',
    found: null,
    listMessage: null,
    fileMessage: null,
    allSites: false,
    allSitesBusy: false,
    allSitesError: null,
    colourHighlights: false,
    keepOnDevice: false,
    syncedCopy: false,
    placeMessage: null,
    quarantine: [],
    engineReady: false,
    loadError: null,
    readOnly: false,
    overflow: false,
    ...partial,
  };
}

const SUGGESTION_LIMIT = 8;

export function createOptionsState(deps: OptionsDeps, initial: Partial<OptionsModel> = {}): OptionsState {
  const store = createStore(initialOptionsModel({ engineReady: deps.engine !== null, ...initial }));
  const now = deps.now ?? (() => new Date());
  const cleanups: Array<() => void> = [];
  const engine = deps.engine;
  const resolve = engine ? createSkillResolver(engine) : undefined;

  const has = (id: string) => store.get().skills.some((s) => s.id === id);

  function suggestionsFor(query: string): Suggestion[] {
    const q = query.trim();
    if (!q) return [];
    const found: Suggestion[] = (engine?.searchSkills(q, SUGGESTION_LIMIT) ?? []).map((skill) => ({ kind: 'skill', skill, have: has(skill.id) }));
    // No custom option when the text is a known name or alias ("k8s" is Kubernetes).
    if (!resolve?.(q) && q.length <= 80) {
      const id = customSkillId(q);
      found.push({ kind: 'custom', name: q, id, have: has(id) });
    }
    return found;
  }

  let skillUpdates = 0;
  const setSkills = (skills: UserSkill[]) => {
    skillUpdates++;
    store.set((m) => ({
      ...m,
      skills,
      loaded: true,
      // Keep the "already in your list" marks current.
      suggestions: m.suggestions.map((s) => ({ ...s, have: skills.some((k) => k.id === (s.kind === 'skill' ? s.skill.id : s.id)) })),
      found: m.found && m.found.map((f) => ({ ...f, have: skills.some((k) => k.id === f.id) })),
    }));
  };

  /** Read-only and overflow follow every change of the list (another tab, another device). */
  const refreshStatus = async () => {
    const status = await deps.skills.status?.().catch(() => null);
    if (status) store.patch({ readOnly: status.newerVersion !== null, overflow: status.overflow });
  };

  async function add(skill: UserSkill): Promise<void> {
    if (store.get().readOnly) {
      store.patch({ listMessage: { tone: 'error', text: NEWER_VERSION_MESSAGE } });
      return;
    }
    if (has(skill.id)) {
      store.patch({ listMessage: { tone: 'ok', text: `${skill.name} is already in your list.` } });
      return;
    }
    try {
      setSkills(await deps.skills.add([skill]));
      store.patch({ listMessage: { tone: 'ok', text: `Added ${skill.name}.` } });
    } catch (err) {
      store.patch({ listMessage: { tone: 'error', text: `Could not save: ${errorText(err)}` } });
    }
  }

  const actions: OptionsActions = {
    setQuery(query) {
      store.patch({ query, suggestions: suggestionsFor(query), active: query.trim() ? 0 : -1 });
    },
    moveActive(delta) {
      const { suggestions, active } = store.get();
      if (suggestions.length === 0) return;
      store.patch({ active: (active + delta + suggestions.length) % suggestions.length });
    },
    async chooseActive() {
      const { suggestions, active } = store.get();
      const pick = suggestions[active] ?? suggestions[0];
      if (pick) await actions.choose(pick);
    },
    async choose(s) {
      store.patch({ query: '', suggestions: [], active: -1 });
      await add(s.kind === 'skill' ? { id: s.skill.id, name: s.skill.name } : { id: s.id, name: s.name });
    },
    closeSuggestions() {
      store.patch({ suggestions: [], active: -1 });
    },
    async remove(id) {
      const name = store.get().skills.find((s) => s.id === id)?.name ?? id;
      try {
        setSkills(await deps.skills.remove(id));
        store.patch({ listMessage: { tone: 'ok', text: `Removed ${name}.` } });
      } catch (err) {
        store.patch({ listMessage: { tone: 'error', text: `Could not save: ${errorText(err)}` } });
      }
    },
    async setLevel(id, level) {
      try {
        setSkills(await deps.skills.update(id, { level: level || undefined }));
      } catch (err) {
        store.patch({ listMessage: { tone: 'error', text: `Could not save: ${errorText(err)}` } });
      }
    },
    setResumeText(text) {
      store.patch({ resumeText: text });
    },
    findInResume() {
      if (!engine) return;
      const seen = new Map<string, FoundSkill>();
      for (const m of engine.findMentions(store.get().resumeText)) {
        if (seen.has(m.skillId)) continue;
        const ref = engine.skill(m.skillId) ?? { id: m.skillId, name: m.span.text };
        const have = has(ref.id);
        seen.set(ref.id, { id: ref.id, name: ref.name, have, checked: true });
      }
      store.patch({ found: [...seen.values()] });
    },
    toggleFound(id) {
      const found = store.get().found;
      if (!found) return;
      store.patch({ found: found.map((f) => (f.id === id && !f.have ? { ...f, checked: !f.checked } : f)) });
    },
    async addFound() {
      const picked = (store.get().found ?? []).filter((f) => f.checked && !f.have);
      if (picked.length === 0) {
        store.patch({ listMessage: { tone: 'ok', text: 'Nothing new to add.' } });
        return;
      }
      try {
        setSkills(await deps.skills.add(picked.map((f) => ({ id: f.id, name: f.name }))));
        store.patch({ found: null, resumeText: '', listMessage: { tone: 'ok', text: `Added ${picked.length} skill${picked.length === 1 ? '' : 's'} from your résumé.` } });
      } catch (err) {
        store.patch({ listMessage: { tone: 'error', text: `Could not save: ${errorText(err)}` } });
      }
    },
    exportList() {
      const list = store.get().skills;
      deps.download(exportFileName(now()), exportSkills(list, now()));
      store.patch({ fileMessage: { tone: 'ok', text: `Exported ${list.length} skill${list.length === 1 ? '' : 's'}.` } });
    },
    async importText(text, fileName) {
      const result = parseImport(text, resolve);
      const from = fileName ? ` ${fileName}` : '';
      if (!result.ok) {
        store.patch({ fileMessage: { tone: 'error', text: `Nothing was imported from${from || ' the file'}. ${result.error}` } });
        return;
      }
      if (store.get().readOnly) {
        store.patch({ fileMessage: { tone: 'error', text: `Nothing was imported. ${NEWER_VERSION_MESSAGE}` } });
        return;
      }
      const current = store.get().skills;
      const already = result.skills.filter((s) => current.some((k) => k.id === s.id));
      const fresh = result.skills.filter((s) => !current.some((k) => k.id === s.id));
      const room = Math.max(0, MAX_SKILLS - current.length);
      const added = fresh.slice(0, room);
      const refused = fresh.length - added.length;
      try {
        if (added.length) setSkills(await deps.skills.add(added));
        store.patch({ fileMessage: { tone: refused ? 'error' : 'ok', text: importReport(from, added, already, result.merged, refused) } });
      } catch (err) {
        store.patch({ fileMessage: { tone: 'error', text: `Could not save the imported skills: ${errorText(err)}` } });
      }
    },
    async setAllSites(enabled) {
      // The permission call comes first, before any await: browsers only allow it in the click.
      const pending = enabled ? deps.permissions.request() : deps.permissions.remove();
      store.patch({ allSitesBusy: true, allSitesError: null });
      try {
        const changed = await pending;
        const granted = enabled ? changed : !changed && (await deps.permissions.contains());
        await deps.settings.set({ allSites: granted });
        store.patch({
          allSites: granted,
          allSitesError: enabled && !granted ? 'The browser did not grant access to all sites.' : null,
        });
      } catch (err) {
        store.patch({ allSitesError: errorText(err) });
      } finally {
        store.patch({ allSitesBusy: false });
      }
    },
    async setColourHighlights(on) {
      store.patch({ colourHighlights: on });
      await deps.settings.set({ colourHighlights: on });
    },
    async setKeepOnDevice(on) {
      try {
        await deps.place.setKeepOnThisDevice(on);
        store.patch({
          keepOnDevice: on,
          syncedCopy: await deps.place.hasSyncedCopy(),
          placeMessage: { tone: 'ok', text: on ? 'Your list now stays in this browser.' : 'Your list syncs through your browser again.' },
        });
      } catch (err) {
        store.patch({ placeMessage: { tone: 'error', text: errorText(err) } });
      }
    },
    async deleteSyncedCopy() {
      try {
        await deps.place.deleteSyncedCopy();
        store.patch({ syncedCopy: false, placeMessage: { tone: 'ok', text: 'The copy in browser sync is deleted. This browser keeps its list.' } });
      } catch (err) {
        store.patch({ placeMessage: { tone: 'error', text: errorText(err) } });
      }
    },
    downloadQuarantine() {
      const entries = store.get().quarantine;
      const fileName = `role-lens-set-aside-${now().toISOString().slice(0, 10)}.json`;
      const original = deps.quarantine.original;
      if (!original || !entries.some((e) => e.inPlace)) {
        deps.download(fileName, JSON.stringify(entries, null, 2) + '\n');
        return;
      }
      // Data too large to copy aside is still where it was found: the download carries it whole.
      void Promise.all(entries.map(async (e) => (e.inPlace ? { ...e, original: await original(e).catch(() => undefined) } : e))).then((full) =>
        deps.download(fileName, JSON.stringify(full, null, 2) + '\n'),
      );
    },
    async dismissQuarantine() {
      await deps.quarantine.clear();
      store.patch({ quarantine: [] });
    },
  };

  return {
    store,
    actions,
    async start() {
      try {
        await load();
      } catch (err) {
        // Storage unreadable (quota, a broken profile): said in the page, never an endless "Loading…".
        store.patch({ loaded: true, loadError: `Your skills could not be loaded: ${errorText(err)}` });
      }
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
    },
  };

  async function load(): Promise<void> {
    // Watch first, so a change made while loading (a quick first add) is not lost; a load that
    // resolves after a newer list arrived is ignored.
    cleanups.push(
      deps.skills.watch((skills) => {
        setSkills(skills);
        void refreshStatus();
      }),
      deps.quarantine.watch((q) => store.patch({ quarantine: q })),
    );
    const unwatchPermission = deps.permissions.watch?.((on) => {
      store.patch({ allSites: on });
      void deps.settings.set({ allSites: on });
    });
    if (unwatchPermission) cleanups.push(unwatchPermission);
    const seen = skillUpdates;
    // Each part on its own: unreadable set-aside data must not hide the skill list, and so on.
    const [skills, quarantine, settings, granted] = await Promise.allSettled([
      deps.skills.get(),
      deps.quarantine.get(),
      deps.settings.get(),
      deps.permissions.contains().catch(() => false),
    ]);
    if (skills.status === 'rejected') throw skills.reason;
    if (skillUpdates === seen) setSkills(skills.value);
    if (quarantine.status === 'fulfilled') store.patch({ quarantine: quarantine.value });
    const allSites = granted.status === 'fulfilled' && granted.value;
    store.patch({ allSites });
    if (settings.status === 'fulfilled') {
      store.patch({ colourHighlights: settings.value.colourHighlights });
      // The permission is the truth (the user can revoke it in the browser's own settings).
      if (settings.value.allSites !== allSites) await deps.settings.set({ allSites }).catch(() => undefined);
    }
    await refreshStatus();
    store.patch({ keepOnDevice: await deps.place.keepOnThisDevice(), syncedCopy: await deps.place.hasSyncedCopy() });
  }
}

const NAMES_SHOWN = 12;

function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(', ');
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
}

/** Exactly what an import did: added, already there, merged within the file, refused by the cap. */
export function importReport(from: string, added: readonly UserSkill[], already: readonly UserSkill[], merged: readonly ImportMerge[], refused: number): string {
  const parts = [`Imported${from}: ${added.length} new skill${added.length === 1 ? '' : 's'} added${added.length ? ` (${names(added.map((s) => s.name))})` : ''}`];
  parts.push(`${already.length} already in your list${already.length ? ` (${names(already.map((s) => s.name))})` : ''}`);
  let text = parts.join(', ') + '.';
  if (merged.length) {
    text += ` ${merged.length} merged with another entry of the file (${names(merged.map((m) => `${m.name} = ${m.into}`))}).`;
  }
  if (refused) text += ` ${refused} not added: your list holds at most ${MAX_SKILLS.toLocaleString('en')} skills.`;
  return text;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
