import type { UserSkill } from '../core/types';
import type { QuarantineEntry, Settings } from '../storage/schema';
import type { SkillsStatus } from '../storage/items';
import * as items from '../storage/items';
import * as notAsked from '../storage/not-asked';
import type { NotAsked } from '../storage/not-asked-model';

/**
 * What the popup and options state need from storage, as small interfaces: the real ones wrap
 * src/storage/items.ts, tests pass in-memory ones.
 */
export interface SkillsRepo {
  get(): Promise<UserSkill[]>;
  set(list: readonly UserSkill[]): Promise<unknown>;
  add(skills: readonly UserSkill[]): Promise<UserSkill[]>;
  remove(id: string): Promise<UserSkill[]>;
  update(id: string, patch: Partial<Pick<UserSkill, 'level' | 'name'>>): Promise<UserSkill[]>;
  watch(cb: (skills: UserSkill[]) => void): () => void;
  /** A newer version's list (read-only here), sync overflow. Optional: in-memory repos have neither. */
  status?(): Promise<SkillsStatus>;
}

export interface SettingsRepo {
  get(): Promise<Settings>;
  set(patch: Partial<Settings>): Promise<Settings>;
  watch(cb: (settings: Settings) => void): () => void;
}

export interface QuarantineRepo {
  get(): Promise<QuarantineEntry[]>;
  clear(): Promise<void>;
  watch(cb: (entries: QuarantineEntry[]) => void): () => void;
}

export interface NotAskedRepo {
  get(): Promise<NotAsked>;
  set(next: NotAsked): Promise<NotAsked>;
  watch(cb: (value: NotAsked) => void): () => void;
}

export const storageNotAskedRepo: NotAskedRepo = {
  get: () => notAsked.getNotAsked(),
  set: notAsked.setNotAsked,
  watch: (cb) => notAsked.watchNotAsked(cb),
};

/** Where the skill list lives: synced through the browser, or kept on this device only. */
export interface SkillPlaceRepo {
  keepOnThisDevice(): Promise<boolean>;
  setKeepOnThisDevice(on: boolean): Promise<void>;
  hasSyncedCopy(): Promise<boolean>;
  deleteSyncedCopy(): Promise<void>;
}

export const storageSkillPlaceRepo: SkillPlaceRepo = {
  keepOnThisDevice: items.getKeepOnThisDevice,
  setKeepOnThisDevice: items.setKeepOnThisDevice,
  hasSyncedCopy: items.hasSyncedSkills,
  deleteSyncedCopy: items.deleteSyncedSkills,
};

export const storageSkillsRepo: SkillsRepo = {
  get: items.getSkills,
  set: items.setSkills,
  add: items.addSkills,
  remove: items.removeSkill,
  update: items.updateSkill,
  watch: items.watchSkills,
  status: items.getSkillsStatus,
};

export const storageSettingsRepo: SettingsRepo = {
  get: items.getSettings,
  set: items.setSettings,
  watch: items.watchSettings,
};

export const storageQuarantineRepo: QuarantineRepo = {
  get: items.getQuarantine,
  clear: items.clearQuarantine,
  watch: items.watchQuarantine,
};
