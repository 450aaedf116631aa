import type { Analysis, SkillRef, UserSkill } from '../core/types';
import type { PageState } from '../messages';
import { DEFAULT_SETTINGS } from '../storage/items';
import { EMPTY_NOT_ASKED, notAskedIds, notAskedKey, withMark, withoutMark, type NotAsked, type NotAskedScope } from '../storage/not-asked-model';
import type { Settings } from '../storage/schema';
import { applyUserSkills } from './gap';
import type { PopupData, PopupTarget } from './popup-data';
import { notAskedReport } from './not-asked-report';
import type { NotAskedRepo, QuarantineRepo, SettingsRepo, SkillsRepo } from './repos';
import { createStore, type Store } from './store';
import { plainStorageError } from './plain-reason';

export type PostingInfo = Extract<PageState, { kind: 'posting' }>['posting'];

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'inaccessible'; reason: string }
  | { kind: 'not-posting'; reason: string; analyzing: boolean }
  | { kind: 'posting'; posting: PostingInfo; analysis: Analysis; notes?: string[] }
  | { kind: 'error'; message: string };

export interface PopupModel {
  view: PopupView;
  skills: UserSkill[];
  skillsLoaded: boolean;
  settings: Settings;
  /** Ids of skills being added right now (their buttons are disabled). */
  pending: string[];
  /** A short message for the status line ("Not found on this page"). */
  notice: string | null;
  /** How many pieces of stored data were set aside as unreadable (reviewed on the options page). */
  setAside: number;
  /** The "not asked here" marks (see src/storage/not-asked-model.ts). */
  notAsked: NotAsked;
}

export interface PopupActions {
  analyzeAnyway(): Promise<void>;
  addSkill(skill: SkillRef): Promise<void>;
  revealSkill(skillId: string): Promise<void>;
  setHighlights(enabled: boolean): Promise<void>;
  openOptions(): Promise<void>;
  /** "Not asked here": for this posting, or never again. */
  markNotAsked(skill: SkillRef, scope: NotAskedScope): Promise<void>;
  undoNotAsked(skillId: string): Promise<void>;
  /** "Probably covered": adds them all to the list at once. */
  confirmCovered(skills: readonly SkillRef[]): Promise<void>;
  /** Downloads this posting's marks with its text, for the user to send if they wish. */
  exportNotAsked(): Promise<void>;
  /** The welcome page: the three ways to start a skill list. */
  openWelcome(): Promise<void>;
}

export interface PopupState {
  store: Store<PopupModel>;
  actions: PopupActions;
  /** Loads everything and subscribes to changes; called again, the same loading. */
  start(): Promise<void>;
  dispose(): void;
}

export interface PopupDeps {
  data: PopupData;
  skills: SkillsRepo;
  settings: SettingsRepo;
  /** Set-aside data, so the popup can point to it; optional in tests. */
  quarantine?: QuarantineRepo;
  /** Recomputes the gap for a new skill list; defaults to moving newly-had skills to matched. */
  recompute?: (analysis: Analysis, skills: readonly UserSkill[], notAsked: ReadonlySet<string>) => Analysis;
  /** The "not asked here" marks; optional in tests. */
  notAsked?: NotAskedRepo;
  /** Saves a file the user asked for (the report of "not asked here" marks). */
  download?: (fileName: string, text: string) => void;
  /** How long to wait for a content script that has not finished its first analysis. */
  firstResultTimeoutMs?: number;
}

export function initialPopupModel(partial: Partial<PopupModel> = {}): PopupModel {
  return { view: { kind: 'loading' }, skills: [], skillsLoaded: false, settings: DEFAULT_SETTINGS, pending: [], notice: null, setAside: 0, notAsked: EMPTY_NOT_ASKED, ...partial };
}

export function createPopupState(deps: PopupDeps, initial: Partial<PopupModel> = {}): PopupState {
  const store = createStore(initialPopupModel(initial));
  const recompute = deps.recompute ?? applyUserSkills;
  const cleanups: Array<() => void> = [];
  let tabId: number | null = null;
  let disposed = false;
  let started: Promise<void> | null = null;

  const hiddenFor = (posting: PostingInfo, marks: NotAsked) => notAskedIds(marks, notAskedKey(posting.url, posting.title));
  const viewFor = (state: PageState, skills: readonly UserSkill[]): PopupView =>
    state.kind === 'posting'
      ? { kind: 'posting', posting: state.posting, analysis: recompute(state.analysis, skills, hiddenFor(state.posting, store.get().notAsked)), ...(state.notes?.length ? { notes: state.notes } : {}) }
      : { kind: 'not-posting', reason: state.reason, analyzing: false };

  const show = (state: PageState) => {
    if (!disposed) store.patch({ view: viewFor(state, store.get().skills) });
  };

  let skillUpdates = 0;
  const setSkills = (skills: UserSkill[]) => {
    skillUpdates++;
    store.set((m) => ({
      ...m,
      skills,
      skillsLoaded: true,
      view: m.view.kind === 'posting' ? { ...m.view, analysis: recompute(m.view.analysis, skills, hiddenFor(m.view.posting, m.notAsked)) } : m.view,
    }));
  };
  const setMarks = (notAsked: NotAsked) => {
    store.set((m) => ({
      ...m,
      notAsked,
      view: m.view.kind === 'posting' ? { ...m.view, analysis: recompute(m.view.analysis, m.skills, hiddenFor(m.view.posting, notAsked)) } : m.view,
    }));
  };
  const changeMarks = async (edit: (marks: NotAsked, key: string, posting: PostingInfo) => NotAsked, done: string) => {
    const m = store.get();
    if (!deps.notAsked || m.view.kind !== 'posting') return;
    const posting = m.view.posting;
    const key = notAskedKey(posting.url, posting.title);
    try {
      // From storage, not the model: another popup or tab may have changed the marks.
      const next = await deps.notAsked.set(edit(await deps.notAsked.get(), key, posting));
      setMarks(next);
      store.patch({ notice: done });
    } catch (err) {
      store.patch({ notice: `Could not save that: ${plainStorageError(err)}` });
    }
  };

  async function waitForFirstResult(id: number): Promise<void> {
    const deadline = Date.now() + (deps.firstResultTimeoutMs ?? 4000);
    while (!disposed && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      if (store.get().view.kind !== 'loading') return; // a pushed update arrived
      const again = await deps.data.liveState(id);
      if (again.ok && again.state) return show(again.state);
    }
    if (!disposed && store.get().view.kind === 'loading') {
      store.patch({ view: { kind: 'not-posting', reason: 'Role Lens has not finished reading this page.', analyzing: false } });
    }
  }

  async function start(): Promise<void> {
    // Watch first so a change during loading is not lost; a load older than it is ignored.
    cleanups.push(deps.skills.watch(setSkills), deps.settings.watch((s) => store.patch({ settings: s })));
    const seen = skillUpdates;
    if (deps.notAsked) cleanups.push(deps.notAsked.watch(setMarks));
    // Every round trip the role list waits on starts at once: the tab, then its cached result and
    // whether the page is reachable, while the skill list, settings and marks are read. The tab's
    // result waits for the skill list and settings, which change what it shows (an empty list's
    // wording, the highlights switch), not for the marks: the tab applied them already (they
    // re-apply when they arrive, which changes nothing unless they changed since).
    const targetAsked = deps.data.target();
    const cachedAsked = targetAsked.then((t) => (t ? deps.data.cachedState(t.tabId) : null)).catch(() => null);
    const problemAsked = targetAsked.then((t) => (t ? deps.data.accessProblem(t) : null));
    // Kept from rejecting unobserved while other answers are awaited; awaited below.
    problemAsked.catch(() => undefined);
    const listAndSettings = Promise.all([deps.skills.get().catch(() => [] as UserSkill[]), deps.settings.get().catch(() => DEFAULT_SETTINGS)]).then(([skills, settings]) => {
      store.patch({ settings });
      if (skillUpdates === seen) setSkills(skills);
    });
    const marks = (deps.notAsked ? deps.notAsked.get().catch(() => undefined) : Promise.resolve(undefined)).then((m) => m && setMarks(m));
    const setAside = listAndSettings.then(() => {
      if (deps.quarantine) void deps.quarantine.get().then((entries) => store.patch({ setAside: entries.length }), () => undefined);
    });
    await Promise.all([marks, setAside, showTab(targetAsked, cachedAsked, problemAsked, listAndSettings)]);
  }

  async function showTab(targetAsked: Promise<PopupTarget | null>, cachedAsked: Promise<PageState | null>, problemAsked: Promise<string | null>, listAndSettings: Promise<void>): Promise<void> {
    await listAndSettings;
    const target = await targetAsked;
    if (!target) {
      store.patch({ view: { kind: 'inaccessible', reason: 'There is no tab to analyse.' } });
      return;
    }
    tabId = target.tabId;
    const problem = await problemAsked;
    if (problem) {
      store.patch({ view: { kind: 'inaccessible', reason: problem } });
      return;
    }
    cleanups.push(deps.data.onStateChanged(target.tabId, (state) => state && show(state)));

    // The background's cached result shows at once; the content script's live one replaces it.
    const cached = await cachedAsked;
    if (cached && store.get().view.kind === 'loading') show(cached);

    const live = await deps.data.liveState(target.tabId);
    if (!live.ok) {
      if (store.get().view.kind === 'loading') store.patch({ view: { kind: 'inaccessible', reason: live.reason } });
      return;
    }
    if (live.state) show(live.state);
    else if (store.get().view.kind === 'loading') await waitForFirstResult(target.tabId);
  }

  const actions: PopupActions = {
    async analyzeAnyway() {
      const view = store.get().view;
      if (tabId === null || view.kind !== 'not-posting') return;
      store.patch({ view: { ...view, analyzing: true }, notice: null });
      try {
        const state = await deps.data.analyzeAnyway(tabId);
        if (!state) throw new Error('no answer');
        if (state.kind === 'not-posting') {
          store.patch({ view: { kind: 'not-posting', reason: state.reason, analyzing: false }, notice: 'No skills found on this page.' });
        } else show(state);
      } catch {
        // The browser's own error ("Could not establish connection…") says nothing a reader can act on.
        store.patch({ view: { ...view, analyzing: false }, notice: 'The page did not answer. Reload it and try again.' });
      }
    },

    async addSkill(skill) {
      const m = store.get();
      if (m.pending.includes(skill.id) || m.skills.some((s) => s.id === skill.id)) return;
      store.patch({ pending: [...m.pending, skill.id], notice: null });
      try {
        const next = await deps.skills.add([{ id: skill.id, name: skill.name }]);
        setSkills(next);
        store.patch({ notice: `Added ${skill.name} to your skills.` });
      } catch (err) {
        store.patch({ notice: `Could not add ${skill.name}: ${plainStorageError(err)}` });
      } finally {
        store.set((cur) => ({ ...cur, pending: cur.pending.filter((id) => id !== skill.id) }));
      }
    },

    async revealSkill(skillId) {
      if (tabId === null) return;
      const found = await deps.data.revealSkill(tabId, skillId);
      store.patch({ notice: found ? null : 'That skill is not visible on the page.' });
    },

    async setHighlights(enabled) {
      store.patch({ settings: { ...store.get().settings, highlights: enabled } });
      await deps.settings.set({ highlights: enabled });
      if (tabId !== null) await deps.data.setHighlights(tabId, enabled);
    },

    async openOptions() {
      await deps.data.openOptions();
    },

    async markNotAsked(skill, scope) {
      await changeMarks(
        (marks, key, posting) => withMark(marks, key, { title: posting.title, url: posting.url }, skill.id, scope, new Date().toISOString()),
        scope === 'never' ? `${skill.name} will not be shown again.` : `${skill.name} is marked as not asked here.`,
      );
    },

    async undoNotAsked(skillId) {
      await changeMarks((marks, key) => withoutMark(marks, key, skillId), 'Shown again.');
    },

    async confirmCovered(skills) {
      const m = store.get();
      const fresh = skills.filter((s) => !m.skills.some((have) => have.id === s.id));
      if (fresh.length === 0) return;
      try {
        setSkills(await deps.skills.add(fresh.map((s) => ({ id: s.id, name: s.name }))));
        store.patch({ notice: `Added ${fresh.map((s) => s.name).join(', ')} to your skills.` });
      } catch (err) {
        store.patch({ notice: `Could not add them: ${plainStorageError(err)}` });
      }
    },

    async exportNotAsked() {
      const m = store.get();
      if (m.view.kind !== 'posting' || !deps.download) return;
      const text = tabId !== null && deps.data.postingText ? await deps.data.postingText(tabId).catch(() => null) : null;
      const report = notAskedReport(m.view.posting, m.view.analysis, m.notAsked, text, new Date().toISOString());
      deps.download(report.fileName, report.text);
      store.patch({ notice: text === null ? 'Report saved, without the posting’s text (the page did not give it).' : 'Report saved. Role Lens sends nothing: it is yours to send.' });
    },

    async openWelcome() {
      await deps.data.openWelcome();
    },
  };

  return {
    store,
    actions,
    start: () => (started ??= start()),
    dispose() {
      disposed = true;
      for (const c of cleanups.splice(0)) c();
    },
  };
}
