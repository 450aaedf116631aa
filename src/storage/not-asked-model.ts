import { z } from '../zod';
import { userSkillIdSchema } from './schema';

/**
 * "Not asked here": skills the user says a posting does not really ask for (kept per posting), or
 * never to show again (kept once). Pure: the schema, the posting key and the edits; the stored
 * item is in ./not-asked.ts.
 */

export const NOT_ASKED_VERSION = 1;
/** The postings remembered, newest first; older marks are dropped to keep the item small. */
export const MAX_POSTINGS = 300;

export const notAskedPostingSchema = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(300))),
  url: z.optional(z.string().check(z.maxLength(2000))),
  skills: z.array(userSkillIdSchema).check(z.maxLength(500)),
  /** ISO date of the last change. */
  at: z.string().check(z.maxLength(40)),
});

export const notAskedSchema = z.strictObject({
  postings: z.record(z.string().check(z.maxLength(2400)), notAskedPostingSchema),
  never: z.array(userSkillIdSchema).check(z.maxLength(2000)),
});

export type NotAsked = z.infer<typeof notAskedSchema>;
export type NotAskedScope = 'posting' | 'never';

export const EMPTY_NOT_ASKED: NotAsked = { postings: {}, never: [] };

/** Query parameters that name the open posting on two-pane sites (as in src/page/posting-key.ts). */
const ID_PARAMS = ['currentJobId', 'vjk', 'jk', 'jl', 'gh_jid', 'jobId'];

/**
 * The posting a mark belongs to, from what both the popup and the content script know: its URL
 * (without tracking parameters or fragment) and title.
 */
export function notAskedKey(url: string | undefined, title: string | undefined): string {
  const t = (title ?? '').trim().toLowerCase().slice(0, 200);
  if (!url) return `|${t}`;
  try {
    const u = new URL(url);
    const id = ID_PARAMS.map((p) => [p, u.searchParams.get(p)] as const).find(([, v]) => v);
    return `${u.hostname}${u.pathname}${id ? `?${id[0]}=${id[1]}` : ''}|${t}`.slice(0, 2400);
  } catch {
    return `${url.slice(0, 2000)}|${t}`;
  }
}

/** Ids to leave out of this posting's gap. */
export function notAskedIds(store: NotAsked, key: string): Set<string> {
  return new Set([...store.never, ...(store.postings[key]?.skills ?? [])]);
}

export interface PostingInfo {
  title?: string;
  url?: string;
}

export function withMark(store: NotAsked, key: string, posting: PostingInfo, skillId: string, scope: NotAskedScope, now: string): NotAsked {
  if (scope === 'never') {
    return store.never.includes(skillId) ? store : { ...store, never: [...store.never, skillId] };
  }
  const entry = store.postings[key];
  const skills = entry?.skills.includes(skillId) ? entry.skills : [...(entry?.skills ?? []), skillId];
  const next: NotAsked['postings'][string] = { skills, at: now };
  if (posting.title) next.title = posting.title.slice(0, 300);
  if (posting.url) next.url = posting.url.slice(0, 2000);
  const postings = { ...store.postings, [key]: next };
  const keys = Object.keys(postings);
  if (keys.length > MAX_POSTINGS) {
    keys.sort((a, b) => postings[b]!.at.localeCompare(postings[a]!.at));
    for (const old of keys.slice(MAX_POSTINGS)) delete postings[old];
  }
  return { ...store, postings };
}

/** Undoes either kind of mark for this skill on this posting. */
export function withoutMark(store: NotAsked, key: string, skillId: string): NotAsked {
  const entry = store.postings[key];
  const postings = { ...store.postings };
  if (entry) {
    const skills = entry.skills.filter((id) => id !== skillId);
    if (skills.length > 0) postings[key] = { ...entry, skills };
    else delete postings[key];
  }
  return { postings, never: store.never.filter((id) => id !== skillId) };
}
