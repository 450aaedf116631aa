import { storage } from 'wxt/utils/storage';
import type { PageState } from '../messages';
import { entryFromState, historyEntrySchema, rescoreEntry, upsertEntry, type GapOf, type HistoryEntry } from './history-entry';
import { quarantine } from './items';
import { describeZodError } from './schema';

/**
 * The postings the user has read, kept in `storage.local` only: never `storage.sync`, so the
 * history never leaves this browser, not even to the user's other devices. On by default
 * (`local:historyOn`), capped at HISTORY_LIMIT postings (the oldest seen are dropped).
 *
 * ## Versions of the history
 * - v1 (current): `HistoryEntry[]`, most recently seen first (./history-entry.ts).
 * WXT keeps the version in the `history$` meta key and runs `migrations` on load; data written
 * by a newer version is read as far as it parses and never written over.
 */

export const HISTORY_VERSION = 1;

export const historyItem = storage.defineItem<unknown>('local:history', {
  fallback: [],
  version: HISTORY_VERSION,
  migrations: {},
});

/** Keep a history? Anything but `false` stored reads as yes (the default). */
export const historyOnItem = storage.defineItem<unknown>('local:historyOn', { fallback: true });

export async function getHistoryOn(): Promise<boolean> {
  return (await historyOnItem.getValue()) !== false;
}

export async function setHistoryOn(on: boolean): Promise<void> {
  await historyOnItem.setValue(on);
}

async function writtenByNewer(): Promise<boolean> {
  const meta = (await historyItem.getMeta()) as { v?: unknown };
  return typeof meta.v === 'number' && meta.v > HISTORY_VERSION;
}

/** The history, parsed; entries that don't parse are set aside with the reason, the rest kept. */
export async function getHistory(): Promise<HistoryEntry[]> {
  const raw = await historyItem.getValue();
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    await quarantine('local:history', raw, 'The saved posting history was not a list and was set aside; a new history was started.');
    if (!(await writtenByNewer())) await historyItem.setValue([]);
    return [];
  }
  const kept: HistoryEntry[] = [];
  const bad: unknown[] = [];
  let reason = '';
  raw.forEach((entry: unknown, i) => {
    const parsed = historyEntrySchema.safeParse(entry);
    if (parsed.success) kept.push(parsed.data);
    else {
      bad.push(entry);
      reason ||= describeZodError(parsed.error, `entry ${i}`);
    }
  });
  if (bad.length > 0) {
    const newer = await writtenByNewer();
    const note = newer ? ' It was written by a newer version of the extension.' : '';
    await quarantine('local:history', bad, `${bad.length} saved posting${bad.length === 1 ? ' was' : 's were'} unreadable and set aside: ${reason}.${note}`);
    if (!newer) await historyItem.setValue(kept);
  }
  return kept;
}

async function write(list: readonly HistoryEntry[]): Promise<void> {
  if (await writtenByNewer()) throw new Error('The history was written by a newer version of the extension; it is left as it is.');
  await historyItem.setValue(list);
}

/**
 * Writes are queued: a tab that reports twice in a row (a single-page site re-rendering) must
 * not lose one of two read-modify-write cycles.
 */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Records a tab's result, if the history is on and the result is a posting. */
export function recordPosting(state: PageState, now = new Date()): Promise<boolean> {
  return serial(async () => {
    const entry = entryFromState(state, now);
    if (!entry || !(await getHistoryOn())) return false;
    await write(upsertEntry(await getHistory(), entry));
    return true;
  });
}

export function deleteHistoryEntry(key: string): Promise<void> {
  return serial(async () => write((await getHistory()).filter((e) => e.key !== key)));
}

export function clearHistory(): Promise<void> {
  return serial(() => historyItem.removeValue({ removeMeta: true }));
}

/** Every entry's missing skills and score against the user's current list (see rescoreEntry). */
export function rescoreHistory(gapOf: GapOf): Promise<HistoryEntry[]> {
  return serial(async () => {
    const list = await getHistory();
    const next = list.map((e) => rescoreEntry(e, gapOf));
    if (next.some((e, i) => e !== list[i])) await write(next);
    return next;
  });
}

export function watchHistory(cb: (list: HistoryEntry[]) => void): () => void {
  return historyItem.watch(() => void getHistory().then(cb));
}
