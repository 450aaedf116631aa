import { storage } from 'wxt/utils/storage';
import type { UserSkill } from '../core/types';
import {
  customSkillId,
  describeZodError,
  legacyCustomSkillId,
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
 * - v2 (current): `UserSkill[]` (`{ id, name, level? }`; id `custom:<slug>-<hash>` outside the
 *   taxonomy; the `custom:<slug>` ids of earlier releases are read and upgraded, see
 *   `upgradeCustomIds`).
 * The version is kept in the `skills$` meta key (WXT's format: `{ v }`, none meaning v1), but the
 * migrations are run here, on read, not by WXT: WXT's migration throws "Version downgrade
 * detected" on a list from a newer version and logs it in every tab that loads this module.
 * A list from a newer version is read as far as it can be and never written over, in sync or
 * local: every write refuses with `NewerVersionError` until the extension is updated.
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

/** The message every write gives while a newer version's list is stored. */
export const NEWER_VERSION_MESSAGE = 'Your skill list was saved by a newer version of Role Lens; update to edit it.';

export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(NEWER_VERSION_MESSAGE);
    this.name = 'NewerVersionError';
  }
}

/** The most skills a list holds: beyond it import and autocomplete slow down for no one's benefit. */
export const MAX_SKILLS = 2000;

export class SkillListFullError extends Error {
  constructor() {
    super(`Your list is full (at most ${MAX_SKILLS.toLocaleString('en')} skills). Remove some to add others.`);
    this.name = 'SkillListFullError';
  }
}

// No `version`/`migrations` given to WXT on purpose (see "Versions of the skill list").
export const skillsSyncItem = storage.defineItem<unknown>('sync:skills', { fallback: [] });

/** The overflow copy of the skill list (see "Where the skill list lives"); null when unused. */
export const skillsLocalItem = storage.defineItem<unknown>('local:skills', { fallback: null });

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const quarantineItem = storage.defineItem<unknown>('local:quarantine', { fallback: [] });

/** This browser keeps the skill list to itself (see "Where the skill list lives"). */
export const skillsOnThisDeviceItem = storage.defineItem<unknown>('local:skillsOnThisDevice', { fallback: false });

/** Rewrites stored lists of an older version in the current one (reading also upgrades them). */
export async function migrateStorage(): Promise<void> {
  await Promise.all([readSkillList(skillsLocalItem, 'local:skills'), readSkillList(skillsSyncItem, 'sync:skills')]);
}

/** The format version of a stored list: its meta key's `v`, none meaning v1 (as WXT reads it). */
async function versionOf(item: RawItem): Promise<number> {
  const meta = (await item.getMeta()) as { v?: unknown };
  return typeof meta.v === 'number' && Number.isFinite(meta.v) ? meta.v : 1;
}

/**
 * The version of a stored list written by a newer release of the extension, or null. From the
 * meta keys alone: every write checks it, and the value itself can be megabytes of damaged data.
 */
export async function newerSkillsVersion(): Promise<number | null> {
  const [sync, local] = await Promise.all([versionOf(skillsSyncItem), versionOf(skillsLocalItem)]);
  const newest = Math.max(sync, local);
  return newest > SKILLS_VERSION ? newest : null;
}

/** What the options page says about the stored list besides its content. */
export interface SkillsStatus {
  /** A newer version of the extension wrote the list: read-only here. */
  newerVersion: number | null;
  /** The list outgrew browser sync and is kept in this browser only (not the user's choice). */
  overflow: boolean;
}

export async function getSkillsStatus(): Promise<SkillsStatus> {
  const [newerVersion, keep, localMeta] = await Promise.all([newerSkillsVersion(), getKeepOnThisDevice(), skillsLocalItem.getMeta()]);
  // The local copy is written with its meta key and removed with it: the meta says it is there.
  return { newerVersion, overflow: !keep && (localMeta as { v?: unknown }).v !== undefined };
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

/**
 * Bytes the set-aside data may take in all (`storage.local` holds 10 MB in Chrome, and the skill
 * list itself lives there too). A value that would not fit is summarised instead, and the caller
 * leaves the original where it was.
 */
export const QUARANTINE_BUDGET = 512 * 1024;
const SAMPLE_ENTRIES = 5;
const SAMPLE_CHARS = 200;

/**
 * Sets data aside with the reason. The same data from the same key is recorded once. Returns
 * true when the data itself was copied, false when only a summary could be kept (too large, or
 * the write failed): the caller must then leave the original untouched.
 */
export async function quarantine(key: string, value: unknown, reason: string): Promise<boolean> {
  const json = safeStringify(value);
  const digest = fingerprintOf(json);
  const list = await getQuarantine();
  const known = list.find((e) => e.key === key && (e.digest ?? fingerprintOf(safeStringify(e.value))) === digest);
  if (known) return !known.inPlace;
  const used = utf8Length(safeStringify(list));
  const bytes = utf8Length(json);
  const at = new Date().toISOString();
  const whole: QuarantineEntry = { key, value, reason, at, digest };
  const fits = used + bytes + 200 <= QUARANTINE_BUDGET;
  const entry: QuarantineEntry = fits
    ? whole
    : {
        key,
        at,
        digest,
        inPlace: true,
        reason: `${reason} It is too large to set aside (${formatBytes(bytes)}), so it was left where it was found (${key}), untouched; saving your list replaces it, so download this first if you want a copy.`,
        value: summarise(value, bytes),
      };
  try {
    await quarantineItem.setValue([...list, entry]);
  } catch (err) {
    console.warn('[role-lens] could not set data aside', err);
    return false;
  }
  return fits;
}

function summarise(value: unknown, bytes: number): unknown {
  const sample = Array.isArray(value) ? value.slice(0, SAMPLE_ENTRIES) : [value];
  return {
    summary: Array.isArray(value) ? `${value.length} entries, ${formatBytes(bytes)}` : `${describeType(value)}, ${formatBytes(bytes)}`,
    sample: sample.map((v) => safeStringify(v).slice(0, SAMPLE_CHARS)),
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** FNV-1a over the JSON, with its length: enough to tell set-aside data apart. */
function fingerprintOf(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return `${json.length}:${(h >>> 0).toString(36)}`;
}

/**
 * The data an entry kept only a summary of (`inPlace`), read from where it was left, for the
 * download: the user keeps a copy before saving the list replaces it. Undefined once it is gone.
 */
export async function setAsideOriginal(entry: QuarantineEntry): Promise<unknown> {
  if (!entry.inPlace || !/^(local|sync):[\w$]+$/.test(entry.key)) return undefined;
  return (await storage.getItem<unknown>(entry.key as `local:${string}` | `sync:${string}`)) ?? undefined;
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

/**
 * Reading only, for content scripts: every tab reads at start-up, and repairs from many tabs at
 * once would race (and spend the sync write quota). The options page and the popup repair.
 */
export interface ReadOptions {
  readOnly?: boolean;
}

/** The user's skill list, parsed; corrupt entries are quarantined and the rest returned. */
export async function getSkills(opts: ReadOptions = {}): Promise<UserSkill[]> {
  if (opts.readOnly) return getSkillsReadOnly();
  // Every copy's value and version are asked for at once: the list lives in sync by default, and
  // asking one after the other cost every page four storage round trips before its badge.
  const sync = readRaw(skillsSyncItem);
  const local = await readSkillList(skillsLocalItem, 'local:skills', readRaw(skillsLocalItem));
  if (local) {
    sync.catch(() => undefined);
    return local;
  }
  return (await readSkillList(skillsSyncItem, 'sync:skills', sync)) ?? [];
}

/**
 * `getSkills({ readOnly: true })`, as a function of its own: the content script and the
 * background only ever read, and importing this instead leaves the repair and quarantine code
 * (and its messages) out of their bundles.
 */
export async function getSkillsReadOnly(): Promise<UserSkill[]> {
  const sync = readRaw(skillsSyncItem);
  const local = readableList(await readRaw(skillsLocalItem));
  if (local) {
    sync.catch(() => undefined);
    return local;
  }
  return readableList(await sync) ?? [];
}

/** A stored copy read without repairing it: null when there is none. */
function readableList({ raw, version }: RawRead): UserSkill[] | null {
  if (raw == null) return null;
  // readableEntries reads anything but a list as empty, a newer version's list as far as it can.
  return readableEntries(version < SKILLS_VERSION ? migrateSkillsV1toV2(raw) : raw);
}

interface RawRead {
  raw: unknown;
  version: number;
}

async function readRaw(item: RawItem): Promise<RawRead> {
  const [raw, version] = await Promise.all([item.getValue(), versionOf(item)]);
  return { raw, version };
}

async function readSkillList(item: RawItem, key: string, stored: Promise<RawRead> = readRaw(item)): Promise<UserSkill[] | null> {
  const { raw, version } = await stored;
  if (raw == null) return null;
  const newer = version > SKILLS_VERSION;
  const value = version < SKILLS_VERSION ? migrateSkillsV1toV2(raw) : raw;
  // A newer version's list is read as far as it can be, never set aside nor rewritten: writing
  // it back (and syncing that) would downgrade it on the device that wrote it.
  if (newer) return readableEntries(value);

  if (!Array.isArray(value)) {
    const setAside = await quarantine(key, raw, `The stored skill list was not a list (${describeType(raw)}) and was set aside; an empty list was started.`);
    if (setAside) await writeBack(item, []);
    return [];
  }

  // One pass over the entries (a damaged list can hold hundreds of thousands): keep every entry
  // that parses (or that is a v1 string left behind), set the others aside.
  const read: UserSkill[] = [];
  const bad: unknown[] = [];
  const reasons: string[] = [];
  value.forEach((entry: unknown, i) => {
    const candidate = typeof entry === 'string' ? skillFromV1String(entry) : entry;
    // zod builds a full error for each failure: too slow for 400,000 foreign entries, and only
    // three reasons are said. Entries without a string id and name fail without asking it.
    if (!looksLikeSkill(candidate) && reasons.length >= 3) {
      bad.push(entry);
      return;
    }
    const one = userSkillSchema.safeParse(candidate);
    if (one.success) read.push(one.data);
    else {
      bad.push(entry);
      if (reasons.length < 3) reasons.push(describeZodError(one.error, `entry ${i}`));
    }
  });
  const kept = upgradeCustomIds(read);
  if (bad.length === 0) {
    const changed = version !== SKILLS_VERSION || kept.length !== value.length || kept.some((s, i) => s.id !== (value[i] as UserSkill).id);
    if (changed) await writeBack(item, kept);
    return kept;
  }
  const setAside = await quarantine(key, bad, `${bad.length} skill list entr${bad.length === 1 ? 'y was' : 'ies were'} unreadable and set aside: ${reasons.join('; ')}.`);
  // Write back what could be read, marked as the current version, so the next read is clean;
  // unless the damaged data could not be copied aside: then it stays where it is.
  if (setAside) await writeBack(item, kept);
  return kept;
}

function looksLikeSkill(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { id?: unknown; name?: unknown };
  return typeof v.id === 'string' && typeof v.name === 'string';
}

async function writeBack(item: RawItem, list: UserSkill[]): Promise<void> {
  try {
    await item.setValue(list);
    await item.setMeta({ v: SKILLS_VERSION });
  } catch (err) {
    // Quota or write rate: the list read is still right; the repair waits for the next read.
    console.warn('[role-lens] could not repair the stored skill list', err);
  }
}

/**
 * Custom skills saved with an earlier release's id (`custom:<slug>`, `custom:skill` for every
 * non-Latin name) get the current one (`customSkillId`), so that typing the same name again
 * finds it. Duplicates that this reveals are merged.
 */
export function upgradeCustomIds(list: readonly UserSkill[]): UserSkill[] {
  return dedupe(
    list.map((s) => (s.id.startsWith('custom:') && s.id === legacyCustomSkillId(s.name) ? { ...s, id: customSkillId(s.name) } : s)),
  );
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
  const newer = await newerSkillsVersion();
  if (newer !== null) throw new NewerVersionError(newer);
  if (!(await getKeepOnThisDevice()) && syncItemBytes('skills', clean) <= SYNC_ITEM_BUDGET) {
    try {
      // storage.sync limits writes (120 a minute): write the version only when it is not there yet.
      await skillsSyncItem.setValue(clean);
      if (((await skillsSyncItem.getMeta()) as { v?: unknown }).v !== SKILLS_VERSION) await skillsSyncItem.setMeta({ v: SKILLS_VERSION });
      // Unconditionally: reading it first would load a possibly huge damaged copy for nothing.
      await skillsLocalItem.removeValue({ removeMeta: true });
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
  const newer = await newerSkillsVersion();
  if (newer !== null) throw new NewerVersionError(newer);
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

/**
 * Adds skills not already in the list (by id); returns the new list. Refuses (SkillListFullError)
 * when the list would grow past MAX_SKILLS; the caller offers only what fits.
 */
export async function addSkills(skills: readonly UserSkill[]): Promise<UserSkill[]> {
  const list = await getSkills();
  // An old export's `custom:<slug>` ids are the current ids of those names.
  const next = dedupe([...list, ...upgradeCustomIds(skills)]);
  if (next.length === list.length) return list;
  if (next.length > MAX_SKILLS) throw new SkillListFullError();
  await setSkills(next);
  return next;
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

/**
 * Entries a read-only reader (every tab's content script) looks at in a damaged list: no list of
 * ours is longer than MAX_SKILLS, and a huge foreign one must not cost every tab seconds.
 */
const READ_ONLY_SCAN = 4 * MAX_SKILLS;

/** What parses of a damaged list, without setting anything aside (see ReadOptions). */
function readableEntries(raw: unknown): UserSkill[] {
  if (!Array.isArray(raw)) return [];
  const kept: UserSkill[] = [];
  for (const entry of raw.slice(0, READ_ONLY_SCAN)) {
    const candidate = typeof entry === 'string' ? skillFromV1String(entry) : entry;
    if (!looksLikeSkill(candidate)) continue;
    const one = userSkillSchema.safeParse(candidate);
    if (one.success) kept.push(one.data);
  }
  return upgradeCustomIds(kept);
}

/** Calls back with the parsed list whenever either copy changes. Returns the unwatch function. */
export function watchSkills(cb: (skills: UserSkill[]) => void, opts: ReadOptions = {}): () => void {
  if (opts.readOnly) return watchSkillsReadOnly(cb);
  const onChange = () => void getSkills().then(cb);
  return watchBothCopies(onChange);
}

/** `watchSkills(cb, { readOnly: true })`, apart for the same reason as getSkillsReadOnly. */
export function watchSkillsReadOnly(cb: (skills: UserSkill[]) => void): () => void {
  return watchBothCopies(() => void getSkillsReadOnly().then(cb));
}

function watchBothCopies(onChange: () => void): () => void {
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
  if (opts.readOnly) return getSettingsReadOnly();
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { out, wrong } = readableSettings(raw);
  if (raw != null && typeof raw === 'object' && !Array.isArray(raw)) {
    if (wrong.length === 0) return out; // only missing or extra fields: nothing to set aside
    await quarantine('sync:settings', raw, `Settings had unreadable fields (${wrong.join(', ')}); defaults were used for them.`);
  } else {
    await quarantine('sync:settings', raw, `Settings were not an object (${describeType(raw)}); defaults were used.`);
  }
  await settingsItem.setValue(out);
  return out;
}

/** `getSettings({ readOnly: true })`, apart for the same reason as getSkillsReadOnly. */
export async function getSettingsReadOnly(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : readableSettings(raw).out;
}

/** The defaults with each known field of `raw` that has the right type, and the fields that had not. */
function readableSettings(raw: unknown): { out: Settings; wrong: string[] } {
  const out: Settings = { ...DEFAULT_SETTINGS };
  const wrong: string[] = [];
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) return { out, wrong };
  // Keep each known field that has the right type; fields a newer version added are ignored.
  const obj = raw as Record<string, unknown>;
  for (const field of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (typeof obj[field] === 'boolean') out[field] = obj[field];
    else if (field in obj) wrong.push(field);
  }
  return { out, wrong };
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void, opts: ReadOptions = {}): () => void {
  return settingsItem.watch(() => void getSettings(opts).then(cb));
}

/** `watchSettings(cb, { readOnly: true })`, apart for the same reason as getSkillsReadOnly. */
export function watchSettingsReadOnly(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch(() => void getSettingsReadOnly().then(cb));
}
