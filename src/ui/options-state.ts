import type { Engine } from '../core/types';
import type { SkillLevel } from '../storage/schema';
import type { QuarantineRepo, SettingsRepo, SkillPlaceRepo, SkillsRepo } from './repos';
import { createSkillResolver } from './resolve-skill';
import { createStore, type Store } from './store';
import { createAdderStore, type AdderModel, type Suggestion } from './stores/adder';
import { createAllSitesStore, type AllSitesModel, type PermissionsApi } from './stores/all-sites';
import { createHighlightsStore, type HighlightsModel } from './stores/highlights';
import { createFileStore, type FileModel } from './stores/import-file';
import { createPlaceStore, type PlaceModel } from './stores/place';
import { createQuarantineStore, type QuarantineModel } from './stores/quarantine';
import { createResumeStore, type ResumeActions, type ResumeModel } from './stores/resume';
import { createSkillListStore, type SkillListModel, type StatusMessage } from './stores/skill-list';

export type { FoundSkill } from './resume-evidence';
export type { Suggestion } from './stores/adder';
export type { PermissionsApi } from './stores/all-sites';
export { importReport } from './stores/import-file';
export type OptionsMessage = StatusMessage;

export const OVERFLOW_MESSAGE = 'Your list is too long for browser sync: kept in this browser only.';

/** The options page's view: every concern's own model side by side (see src/ui/stores). */
export type OptionsModel = SkillListModel & AdderModel & ResumeModel & FileModel & AllSitesModel & HighlightsModel & PlaceModel & QuarantineModel & { engineReady: boolean };

export interface OptionsActions extends ResumeActions {
  setQuery(query: string): void;
  moveActive(delta: number): void;
  /** Adds the highlighted suggestion (or the first). */
  chooseActive(): Promise<void>;
  choose(suggestion: Suggestion): Promise<void>;
  closeSuggestions(): void;
  remove(id: string): Promise<void>;
  setLevel(id: string, level: SkillLevel | ''): Promise<void>;
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
  /** A skill's taxonomy category: industries and soft skills found in a résumé are not ticked. */
  categoryOf?: (id: string) => string | undefined;
}

export interface OptionsState {
  store: Store<OptionsModel>;
  actions: OptionsActions;
  start(): Promise<void>;
  dispose(): void;
}

/**
 * The options page's state: one small store per concern (the list, the add-a-skill combobox,
 * the résumé finder, files, all sites, coloured highlights, where the list is kept, set-aside
 * data), and one read-only view of them all for the page.
 */
export function createOptionsState(deps: OptionsDeps): OptionsState {
  const now = deps.now ?? (() => new Date());
  const list = createSkillListStore(deps.skills);
  const adder = createAdderStore(deps.engine, list);
  const resume = createResumeStore(deps.engine, deps.categoryOf ?? (() => undefined), list);
  const files = createFileStore(deps.engine ? createSkillResolver(deps.engine) : undefined, list, { download: deps.download, now });
  const sites = createAllSitesStore(deps.permissions, deps.settings);
  const highlights = createHighlightsStore(deps.settings);
  const place = createPlaceStore(deps.place);
  const quarantine = createQuarantineStore(deps.quarantine, { download: deps.download, now });

  const parts = [list, adder, resume, files, sites, highlights, place, quarantine].map((p) => p.store as Store<object>);
  const view = (): OptionsModel => Object.assign({ engineReady: deps.engine !== null }, ...parts.map((p) => p.get())) as OptionsModel;
  const store = createStore<OptionsModel>(view());
  const unsubscribe = parts.map((p) => p.subscribe(() => store.set(view())));

  const actions: OptionsActions = {
    ...adder.actions,
    ...resume.actions,
    remove: (id) => list.remove(id),
    setLevel: (id, level) => list.setLevel(id, level),
    exportList: () => files.exportList(),
    importText: (text, fileName) => files.importText(text, fileName),
    setAllSites: (on) => sites.setAllSites(on),
    setColourHighlights: (on) => highlights.setColourHighlights(on),
    setKeepOnDevice: (on) => place.setKeepOnDevice(on),
    deleteSyncedCopy: () => place.deleteSyncedCopy(),
    downloadQuarantine: () => quarantine.downloadQuarantine(),
    dismissQuarantine: () => quarantine.dismissQuarantine(),
  };

  return {
    store,
    actions,
    async start() {
      // Each part on its own: unreadable set-aside data must not hide the skill list, and so on.
      await Promise.allSettled([list.start(), quarantine.start(), sites.start(), highlights.start(), place.start()]);
    },
    dispose() {
      for (const u of unsubscribe) u();
      list.dispose();
      quarantine.dispose();
      sites.dispose();
    },
  };
}
