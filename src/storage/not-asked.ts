import { storage } from 'wxt/utils/storage';
import { quarantine, type ReadOptions } from './items';
import { EMPTY_NOT_ASKED, NOT_ASKED_VERSION, notAskedSchema, type NotAsked } from './not-asked-model';
import { describeZodError } from './schema';

/**
 * The "not asked here" marks, in `local:notAsked` (this browser only: they are about postings
 * read here). Version 1: `{ postings: { [key]: { title?, url?, skills, at } }, never: [] }`.
 * Unreadable data is set aside in the quarantine with the reason, never silently dropped.
 */
export const notAskedItem = storage.defineItem<unknown>('local:notAsked', {
  fallback: EMPTY_NOT_ASKED,
  version: NOT_ASKED_VERSION,
});

export async function getNotAsked(opts: ReadOptions = {}): Promise<NotAsked> {
  if (opts.readOnly) return getNotAskedReadOnly();
  const raw = await notAskedItem.getValue();
  const parsed = notAskedSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const meta = (await notAskedItem.getMeta()) as { v?: unknown };
  const newer = typeof meta.v === 'number' && meta.v > NOT_ASKED_VERSION;
  await quarantine(
    'local:notAsked',
    raw,
    `The "not asked here" marks were unreadable (${describeZodError(parsed.error, 'notAsked')}) and were set aside.` +
      (newer ? ` They were written by a newer version of the extension (format v${String(meta.v)}).` : ''),
  );
  // A newer version's data is kept as it is; ours starts over only when the data is just broken.
  if (!newer) await notAskedItem.setValue(EMPTY_NOT_ASKED);
  return EMPTY_NOT_ASKED;
}

export async function setNotAsked(next: NotAsked): Promise<NotAsked> {
  const clean = notAskedSchema.parse(next);
  const meta = (await notAskedItem.getMeta()) as { v?: unknown };
  if (typeof meta.v === 'number' && meta.v > NOT_ASKED_VERSION) {
    throw new Error('these marks were saved by a newer version of Role Lens; update it to change them');
  }
  await notAskedItem.setValue(clean);
  if (meta.v !== NOT_ASKED_VERSION) await notAskedItem.setMeta({ v: NOT_ASKED_VERSION });
  return clean;
}

export function watchNotAsked(cb: (value: NotAsked) => void, opts: ReadOptions = {}): () => void {
  return notAskedItem.watch(() => void getNotAsked(opts).then(cb));
}

/**
 * `getNotAsked({ readOnly: true })`, as a function of its own: the content script only reads,
 * and importing this leaves the quarantine code out of its bundle (see getSkillsReadOnly).
 */
export async function getNotAskedReadOnly(): Promise<NotAsked> {
  const parsed = notAskedSchema.safeParse(await notAskedItem.getValue());
  return parsed.success ? parsed.data : EMPTY_NOT_ASKED;
}

/** `watchNotAsked(cb, { readOnly: true })`, apart for the same reason. */
export function watchNotAskedReadOnly(cb: (value: NotAsked) => void): () => void {
  return notAskedItem.watch(() => void getNotAskedReadOnly().then(cb));
}
