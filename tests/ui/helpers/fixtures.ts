import type { Analysis, UserSkill } from '../../../src/core/types';
import type { PageState } from '../../../src/messages';
import type { PopupData, PopupTarget } from '../../../src/ui/popup-data';
import type { SettingsRepo, SkillPlaceRepo, SkillsRepo } from '../../../src/ui/repos';
import { DEFAULT_SETTINGS } from '../../../src/storage/items';
import type { Settings } from '../../../src/storage/schema';

export const analysis: Analysis = {
  isJobPosting: true,
  title: 'Senior ML Engineer',
  skills: [
    { id: 'python', name: 'Python', importance: 'required', years: 5, mentions: [] },
    { id: 'kubernetes', name: 'Kubernetes', importance: 'required', years: null, mentions: [] },
    { id: 'pytorch', name: 'PyTorch', importance: 'required', years: null, mentions: [] },
    { id: 'gcp', name: 'Google Cloud', importance: 'preferred', years: null, mentions: [] },
    { id: 'airflow', name: 'Airflow', importance: 'preferred', years: null, mentions: [] },
  ],
  roles: [
    { id: 'data-scientist', title: 'Data Scientist', score: 0.41, reasons: ['Shares Python, PyTorch'] },
    { id: 'ml-engineer', title: 'Machine Learning Engineer', score: 0.82, reasons: ['Shares 4 core skills: Python, PyTorch, Kubernetes, Airflow', 'Deploying models to production'] },
    { id: 'mlops-engineer', title: 'MLOps Engineer', score: 0.66, reasons: ['Kubernetes and Airflow are core MLOps skills'] },
    { id: 'ai-scientist', title: 'AI Scientist', score: 0.2, reasons: [] },
  ],
  gap: {
    missingRequired: [
      { id: 'kubernetes', name: 'Kubernetes' },
      { id: 'pytorch', name: 'PyTorch' },
    ],
    missingPreferred: [{ id: 'airflow', name: 'Airflow' }],
    matched: [{ id: 'python', name: 'Python' }],
    related: [{ id: 'gcp', name: 'Google Cloud', via: { id: 'aws', name: 'AWS' } }],
    score: 2 / 9,
  },
  seniority: 'senior',
  minYears: 5,
  degree: 'master',
};

export const postingState: PageState = {
  kind: 'posting',
  posting: { title: 'Senior ML Engineer', company: 'Acme <b>AI</b>', url: 'https://jobs.example.com/1', source: 'json-ld' },
  analysis,
};

export function memorySkills(initial: UserSkill[] = []): SkillsRepo & { list: UserSkill[]; adds: UserSkill[][] } {
  const watchers = new Set<(s: UserSkill[]) => void>();
  const repo = {
    list: [...initial],
    adds: [] as UserSkill[][],
    async get() {
      return [...repo.list];
    },
    async set(list: readonly UserSkill[]) {
      repo.list = [...list];
      for (const w of watchers) w([...repo.list]);
    },
    async add(skills: readonly UserSkill[]) {
      repo.adds.push([...skills]);
      const ids = new Set(repo.list.map((s) => s.id));
      await repo.set([...repo.list, ...skills.filter((s) => !ids.has(s.id))]);
      return [...repo.list];
    },
    async remove(id: string) {
      await repo.set(repo.list.filter((s) => s.id !== id));
      return [...repo.list];
    },
    async update(id: string, patch: Partial<Pick<UserSkill, 'level' | 'name'>>) {
      await repo.set(repo.list.map((s) => (s.id === id ? { ...s, ...patch } : s)));
      return [...repo.list];
    },
    watch(cb: (s: UserSkill[]) => void) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
  return repo;
}

export function memorySettings(initial: Settings = DEFAULT_SETTINGS): SettingsRepo & { value: Settings } {
  const repo = {
    value: { ...initial },
    async get() {
      return { ...repo.value };
    },
    async set(patch: Partial<Settings>) {
      repo.value = { ...repo.value, ...patch };
      return { ...repo.value };
    },
    watch() {
      return () => undefined;
    },
  };
  return repo;
}

/** Where the list lives, in memory: starts synced, with a copy in sync. */
export function memoryPlace(): SkillPlaceRepo & { onDevice: boolean; synced: boolean } {
  const repo = {
    onDevice: false,
    synced: true,
    async keepOnThisDevice() {
      return repo.onDevice;
    },
    async setKeepOnThisDevice(on: boolean) {
      repo.onDevice = on;
    },
    async hasSyncedCopy() {
      return repo.synced;
    },
    async deleteSyncedCopy() {
      if (!repo.onDevice) throw new Error('Keep the list on this device first, so it is not lost here.');
      repo.synced = false;
    },
  };
  return repo;
}

export interface FakeDataOptions {
  url?: string;
  live?: PageState | null;
  cached?: PageState | null;
  accessProblem?: string | null;
  injectionFails?: string;
  anyway?: PageState;
}

export function fakeData(opts: FakeDataOptions = {}): PopupData & { calls: string[] } {
  const calls: string[] = [];
  const target: PopupTarget = { tabId: 7, url: opts.url ?? 'https://jobs.example.com/1' };
  return {
    calls,
    async target() {
      return target;
    },
    async accessProblem() {
      return opts.accessProblem ?? null;
    },
    async cachedState() {
      return opts.cached ?? null;
    },
    async liveState() {
      calls.push('get-state');
      if (opts.injectionFails) return { ok: false, reason: opts.injectionFails };
      return { ok: true, state: opts.live ?? null };
    },
    async analyzeAnyway() {
      calls.push('analyze-anyway');
      return opts.anyway ?? null;
    },
    async revealSkill(_tabId, skillId) {
      calls.push(`reveal:${skillId}`);
      return true;
    },
    async setHighlights(_tabId, enabled) {
      calls.push(`highlights:${enabled}`);
    },
    onStateChanged() {
      return () => undefined;
    },
    async openOptions() {
      calls.push('open-options');
    },
    async openWelcome() {
      calls.push('open-welcome');
    },
  };
}
