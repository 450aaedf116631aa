import { storage } from 'wxt/utils/storage';
import type { UserSkill } from '../core/types';
import {
  customSkillId,
  describeZodError,
  quarantineEntrySchema,
  settingsSchema,
  skillListSchema,
  userSkillSchema,
  type QuarantineEntry,
  type Settings,
} from './schema';

/**
 * Every item the extension stores, in one module (popup, options, content script and background
 * all go through these functions, never through `browser.storage` directly).
 *
 * The raw items are typed `unknown` on purpose: whatever is read is parsed with zod
 * (./schema.ts) before anyone sees it. Data that does not parse is moved to `local:quarantine`
 * with the reason, and the rest is kept: nothing is silently dropped.
 *
 * ## Where the skill list lives
 * `sync:skills` follows the user across browsers. `storage.sync` allows ~8 KB per item
 * (QUOTA_BYTES_PER_ITEM = 8192, key + JSON value) and ~100 KB in total, so entries are kept
 * small (`{id, name, level?}`, ~40 bytes: about 150–200 skills fit). When a list outgrows the
 * budget (or `sync.set` fails on quota) it is written to `local:skills` instead and the sync copy
 * is left as it was (a smaller, older list other devices still see).
 * Reading: `local:skills`, when present, wins over `sync:skills`: a device that overflowed keeps
 * its full list even if another device syncs a smaller one. When the list shrinks back under the
 * budget it moves back to sync and the local copy is removed.
 * "Keep my skill list on this device only" (`local:skillsOnThisDevice`, set per browser) makes
 * every write go to `local:skills` and never to sync. The sync copy is left as it was, so other
 * browsers keep theirs, until the user deletes it (`deleteSyncedSkills`).
 *
 * ## Versions of the skill list
 * - v1: `string[]`: taxonomy ids or free text.
 * - v2 (current): `UserSkill[]` (`{ id, name, level? }`; id `custom:<slug>` outside the taxonomy).
 * WXT keeps the version in the `skills$` meta key and runs `migrations` on load.
 */

export const SKILLS_VERSION = 2;
/** Bytes we allow ourselves in one sync item; below Chrome's 8192 to leave room for the key and meta. */
export const SYNC_ITEM_BUDGET = 7800;

export const DEFAULT_SETTINGS: Settings = { highlights: true, allSites: false, colourHighlights: false };

/** v1 → v2: a bare string becomes `{ id, name }`. Entries already in v2 shape are left alone. */
export function migrateSkillsV1toV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value; // not a list at all: left for the reader to quarantine
  return value.map((entry: unknown) => (typeof entry === 'string' ? skillFromV1String(entry) : entry));
}

function skillFromV1String(text: string): UserSkill | string {
  const name = text.trim();
  if (!name) return text;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) return { id: name, name };
  return { id: customSkillId(name), name };
}

const skillMigrations = { 2: migrateSkillsV1toV2 };

export const skillsSyncItem = storage.defineItem<unknown>('sync:skills', {
  fallback: [],
  version: SKILLS_VERSION,
  migrations: skillMigrations,
});

/** The overflow copy of the skill list (see "Where the skill list lives"); null when unused. */
export const skillsLocalItem = storage.defineItem<unknown>('local:skills', {
  fallback: null,
  version: SKILLS_VERSION,
  migrations: skillMigrations,
});

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const quarantineItem = storage.defineItem<unknown>('local:quarantine', { fallback: [] });

/** This browser keeps the skill list to itself (see "Where the skill list lives"). */
export const skillsOnThisDeviceItem = storage.defineItem<unknown>('local:skillsOnThisDevice', { fallback: false });

/** Runs pending migrations now (WXT also starts them when this module loads). */
export async function migrateStorage(): Promise<void> {
  await Promise.all([skillsSyncItem.migrate(), skillsLocalItem.migrate(), settingsItem.migrate()]);
}

// ---------------------------------------------------------------------------------------------
// Quarantine

export async function getQuarantine(): Promise<QuarantineEntry[]> {
  const raw = await quarantineItem.getValue();
  if (!Array.isArray(raw)) {
    // The quarantine itself is unreadable: keep it visible as one entry rather than lose it.
    return raw == null ? [] : [{ key: 'local:quarantine', reason: 'The quarantine list itself was unreadable.', at: '', value: raw }];
  }
  return raw.map((entry: unknown) => {
    const parsed = quarantineEntrySchema.safeParse(entry);
    return parsed.success ? parsed.data : { key: 'local:quarantine', reason: 'Unreadable quarantine entry.', at: '', value: entry };
  });
}

/** Sets data aside with the reason. The same data from the same key is recorded once. */
export async function quarantine(key: string, value: unknown, reason: string): Promise<void> {
  const list = await getQuarantine();
  const fingerprint = key + '\u0000' + safeStringify(value);
  if (list.some((e) => e.key + '\u0000' + safeStringify(e.value) === fingerprint)) return;
  list.push({ key, value, reason, at: new Date().toISOString() });
  await quarantineItem.setValue(list);
}

export async function clearQuarantine(): Promise<void> {
  await quarantineItem.removeValue();
}

export function watchQuarantine(cb: (entries: QuarantineEntry[]) => void): () => void {
  return quarantineItem.watch(() => void getQuarantine().then(cb));
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Skill list

type RawItem = typeof skillsSyncItem;

/** The user's skill list, parsed; corrupt entries are quarantined and the rest returned. */
/**
 * Reading only, for content scripts: every tab reads at start-up, and repairs from many tabs at
 * once would race (and spend the sync write quota). The options page and the popup repair.
 */
export interface ReadOptions {
  readOnly?: boolean;
}

export async function getSkills(opts: ReadOptions = {}): Promise<UserSkill[]> {
  const local = await readSkillList(skillsLocalItem, 'local:skills', opts);
  if (local) return local;
  return (await readSkillList(skillsSyncItem, 'sync:skills', opts)) ?? [];
}

async function readSkillList(item: RawItem, key: string, opts: ReadOptions): Promise<UserSkill[] | null> {
  const raw = await item.getValue();
  if (raw == null) return null;
  const parsed = skillListSchema.safeParse(raw);
  if (parsed.success) return dedupe(parsed.data);
  if (opts.readOnly) return readableEntries(raw);

  const meta = (await item.getMeta()) as { v?: unknown };
  const newer = typeof meta.v === 'number' && meta.v > SKILLS_VERSION;
  const versionNote = newer
    ? ` It was written by a newer version of the extension (format v${meta.v}; this one reads v${SKILLS_VERSION}).`
    : '';

  let kept: UserSkill[] = [];
  if (Array.isArray(raw)) {
    // Keep every entry that parses (or that is a v1 string left behind), set the others aside.
    const bad: unknown[] = [];
    const reasons: string[] = [];
    raw.forEach((entry: unknown, i) => {
      const candidate = typeof entry === 'string' ? skillFromV1String(entry) : entry;
      const one = userSkillSchema.safeParse(candidate);
      if (one.success) kept.push(one.data);
      else {
        bad.push(entry);
        if (reasons.length < 3) reasons.push(describeZodError(one.error, `entry ${i}`));
      }
    });
    kept = dedupe(kept);
    if (bad.length) await quarantine(key, bad, `${bad.length} skill list entr${bad.length === 1 ? 'y was' : 'ies were'} unreadable and set aside: ${reasons.join('; ')}.${versionNote}`);
  } else {
    await quarantine(key, raw, `The stored skill list was not a list (${describeType(raw)}) and was set aside; an empty list was started.${versionNote}`);
  }
  // A newer version's list is read as far as it can be and reported, never rewritten: writing
  // it back (and syncing that) would downgrade it on the device that wrote it.
  if (newer) return kept;
  // Write back what could be read, marked as the current version, so the next read is clean.
  await item.setValue(kept);
  await item.setMeta({ v: SKILLS_VERSION });
  return kept;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function dedupe(list: readonly UserSkill[]): UserSkill[] {
  const seen = new Set<string>();
  const out: UserSkill[] = [];
  for (const s of list) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
  }
  return out;
}

/** Bytes `storage.sync` counts for one item: the key plus the JSON of the value, in UTF-8. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export type SkillsArea = 'sync' | 'local';

/** Saves the whole list (validated, deduplicated) and says where it went. */
export async function setSkills(list: readonly UserSkill[]): Promise<SkillsArea> {
  const clean = dedupe(skillListSchema.parse(list.map(compact)));
  if (!(await getKeepOnThisDevice()) && syncItemBytes('skills', clean) <= SYNC_ITEM_BUDGET) {
    try {
      // storage.sync limits writes (120 a minute): write the version only when it is not there yet.
      await skillsSyncItem.setValue(clean);
      if (((await skillsSyncItem.getMeta()) as { v?: unknown }).v !== SKILLS_VERSION) await skillsSyncItem.setMeta({ v: SKILLS_VERSION });
      if ((await skillsLocalItem.getValue()) != null) await skillsLocalItem.removeValue({ removeMeta: true });
      return 'sync';
    } catch (err) {
      // Total sync quota or write-rate limit reached: keep the list on this device instead.
      console.warn('[role-lens] sync storage refused the skill list, keeping it locally', err);
    }
  }
  await skillsLocalItem.setValue(clean);
  await skillsLocalItem.setMeta({ v: SKILLS_VERSION });
  return 'local';
}

/** Does this browser keep the skill list to itself? Anything but `true` stored reads as no. */
export async function getKeepOnThisDevice(): Promise<boolean> {
  return (await skillsOnThisDeviceItem.getValue()) === true;
}

/**
 * Turning it on copies the list to this device and stops writing to sync (the sync copy stays,
 * for the user's other browsers). Turning it off saves the list as usual: back to sync when it
 * fits, and the device copy is removed.
 */
export async function setKeepOnThisDevice(on: boolean): Promise<void> {
  const list = await getSkills();
  await skillsOnThisDeviceItem.setValue(on);
  await setSkills(list);
}

/**
 * Deletes the skill list from browser sync. Only while this browser keeps its own copy, so the
 * list is never lost here; browsers that rely on the synced copy lose it (the options say so).
 */
export async function deleteSyncedSkills(): Promise<void> {
  if (!(await getKeepOnThisDevice())) throw new Error('Keep the list on this device first, so it is not lost here.');
  await setSkills(await getSkills());
  await skillsSyncItem.removeValue({ removeMeta: true });
}

/** Is there a skill list in browser sync? */
export async function hasSyncedSkills(): Promise<boolean> {
  // Not through the item: its fallback ([]) would hide that nothing is stored.
  return (await storage.getItem<unknown>('sync:skills')) != null;
}

/** Drops an empty `level` so stored entries stay small. */
function compact(s: UserSkill): UserSkill {
  const out: UserSkill = { id: s.id, name: s.name.trim() };
  if (s.level) out.level = s.level;
  return out;
}

/** Adds skills not already in the list (by id); returns the new list. */
export async function addSkills(skills: readonly UserSkill[]): Promise<UserSkill[]> {
  const list = await getSkills();
  const ids = new Set(list.map((s) => s.id));
  const next = [...list, ...skills.filter((s) => !ids.has(s.id))];
  await setSkills(next);
  return dedupe(next);
}

export async function removeSkill(id: string): Promise<UserSkill[]> {
  const next = (await getSkills()).filter((s) => s.id !== id);
  await setSkills(next);
  return next;
}

export async function updateSkill(id: string, patch: Partial<Pick<UserSkill, 'level' | 'name'>>): Promise<UserSkill[]> {
  const next = (await getSkills()).map((s) => {
    if (s.id !== id) return s;
    const updated: UserSkill = { ...s, ...patch };
    if (!updated.level) delete updated.level;
    return updated;
  });
  await setSkills(next);
  return next;
}

/** Calls back with the parsed list whenever either copy changes. Returns the unwatch function. */
/** What parses of a damaged list, without setting anything aside (see ReadOptions). */
function readableEntries(raw: unknown): UserSkill[] {
  if (!Array.isArray(raw)) return [];
  const kept: UserSkill[] = [];
  for (const entry of raw) {
    const one = userSkillSchema.safeParse(typeof entry === 'string' ? skillFromV1String(entry) : entry);
    if (one.success) kept.push(one.data);
  }
  return dedupe(kept);
}

export function watchSkills(cb: (skills: UserSkill[]) => void, opts: ReadOptions = {}): () => void {
  const onChange = () => void getSkills(opts).then(cb);
  const a = skillsSyncItem.watch(onChange);
  const b = skillsLocalItem.watch(onChange);
  return () => {
    a();
    b();
  };
}

// ---------------------------------------------------------------------------------------------
// Settings

export async function getSettings(opts: ReadOptions = {}): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (raw != null && typeof raw === 'object' && !Array.isArray(raw)) {
    // Keep each known field that has the right type; fields a newer version added are ignored.
    const obj = raw as Record<string, unknown>;
    const wrong: string[] = [];
    for (const field of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
      if (typeof obj[field] === 'boolean') out[field] = obj[field];
      else if (field in obj) wrong.push(field);
    }
    if (wrong.length === 0 || opts.readOnly) return out; // only missing or extra fields: nothing to set aside
    await quarantine('sync:settings', raw, `Settings had unreadable fields (${wrong.join(', ')}); defaults were used for them.`);
  } else {
    if (opts.readOnly) return out;
    await quarantine('sync:settings', raw, `Settings were not an object (${describeType(raw)}); defaults were used.`);
  }
  await settingsItem.setValue(out);
  return out;
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void, opts: ReadOptions = {}): () => void {
  return settingsItem.watch(() => void getSettings(opts).then(cb));
}
