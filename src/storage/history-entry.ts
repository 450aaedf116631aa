import { z } from '../zod';
import { EMPLOYMENT_TYPES, PAY_PERIODS, REMOTE_KINDS } from '../core/facts/types';
import type { Analysis, Gap, Posting, SkillHit } from '../core/types';
import type { PageState } from '../messages';
import { ID_PARAMS } from '../page/posting-key';

/**
 * One posting of the history (src/storage/history.ts): what the history page shows and counts,
 * and enough of the gap to recompute the match score when the user's skill list changes
 * (the posting's asked skills with their importance, and which were met, related or missing).
 * Everything here came from a page, so it is parsed with zod when read back.
 */

const id = z.string().check(z.maxLength(120));
const text = (max: number) => z.string().check(z.maxLength(max));
const share = z.number().check(z.gte(0), z.lte(1));
const ids = z.array(id).check(z.maxLength(300));

export const historySkillSchema = z.strictObject({
  id,
  name: text(120),
  importance: z.enum(['required', 'preferred', 'mentioned']),
  /** One of alternatives ("AWS, GCP or Azure"): the group counts once in the score. */
  anyOf: z.optional(z.array(id).check(z.maxLength(30))),
  /** A soft skill: listed apart, out of the score. */
  soft: z.optional(z.literal(true)),
});

export const historyEntrySchema = z.strictObject({
  /** One posting, however often seen or re-rendered (see historyKey). */
  key: text(600),
  title: text(300),
  company: z.nullable(text(200)),
  /** The host name ("boards.greenhouse.io"). */
  site: text(200),
  url: text(2048),
  firstSeen: z.iso.datetime(),
  lastSeen: z.iso.datetime(),
  roles: z.array(z.strictObject({ id, title: text(120), score: share })).check(z.maxLength(3)),
  score: share,
  skills: z.array(historySkillSchema).check(z.maxLength(300)),
  missingRequired: ids,
  missingPreferred: ids,
  matched: ids,
  related: ids,
  salary: z.nullable(
    z.strictObject({
      min: z.number().check(z.nonnegative()),
      max: z.number().check(z.nonnegative()),
      currency: text(8),
      period: z.enum(PAY_PERIODS),
    }),
  ),
  location: z.nullable(text(300)),
  remote: z.nullable(z.enum(REMOTE_KINDS)),
  employmentType: z.nullable(z.enum(EMPLOYMENT_TYPES)),
  /** When applications close (schema.org validThrough), as the page wrote it. */
  closing: z.nullable(text(64)),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HistorySkill = z.infer<typeof historySkillSchema>;

/** The cap: beyond it the postings seen longest ago are dropped (the options say so). */
export const HISTORY_LIMIT = 1000;

/** Tracking parameters that change between two visits of the same posting. */
const TRACKING = /^(?:utm_\w+|ref|refid|referer|referrer|src|source|gh_src|trk|trkinfo|trackingid|lipi|from|fbclid|gclid|mc_\w+|_ga)$/i;

/**
 * The history's key of a posting: the site's job id where the address carries one (LinkedIn's
 * `/jobs/view/ID` and `?currentJobId=ID` are the same job), else the address without fragment or
 * tracking parameters. A single-page site that re-renders the same posting keeps its address.
 */
export function historyKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.slice(0, 600);
  }
  const host = u.hostname.replace(/^www\./, '').toLowerCase();
  const linkedin = /(^|\.)linkedin\.com$/.test(host);
  for (const param of ID_PARAMS) {
    const value = u.searchParams.get(param);
    if (value) return linkedin ? `linkedin.com|job=${value}` : `${host}|${param === 'vjk' ? 'jk' : param}=${value}`;
  }
  const view = linkedin ? /^\/jobs\/view\/(?:[^/]*-)?(\d+)/.exec(u.pathname) : null;
  if (view) return `linkedin.com|job=${view[1]}`;
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${host}${u.pathname.replace(/\/+$/, '')}${query}`.slice(0, 600);
}

/** The title the popup shows for a posting (the page's, else the engine's, else a placeholder). */
export function postingTitle(posting: Pick<Posting, 'title'>, analysis: Pick<Analysis, 'title'>): string {
  return posting.title || analysis.title || 'Job posting';
}

const clip = (s: string | null | undefined, max: number) => (s ? s.slice(0, max) : null);

/** A history entry for a tab's result; null for a page that is not a posting or has no address. */
export function entryFromState(state: PageState, now: Date): HistoryEntry | null {
  if (state.kind !== 'posting' || !state.posting.url) return null;
  const { posting, analysis } = state;
  const ids = (list: ReadonlyArray<{ id: string }>) => list.slice(0, 300).map((s) => s.id);
  const at = now.toISOString();
  let site = '';
  try {
    site = new URL(posting.url!).hostname.replace(/^www\./, '');
  } catch {
    // Not an address: the key still tells entries apart.
  }
  const roles = [...analysis.roles].sort((a, b) => b.score - a.score).slice(0, 3);
  return {
    key: historyKey(posting.url!),
    title: postingTitle(posting, analysis).slice(0, 300),
    company: clip(posting.company, 200),
    site: site.slice(0, 200),
    url: posting.url!.slice(0, 2048),
    firstSeen: at,
    lastSeen: at,
    roles: roles.map((r) => ({ id: r.id, title: r.title.slice(0, 120), score: clamp01(r.score) })),
    score: clamp01(analysis.gap.score),
    skills: analysis.skills.slice(0, 300).map((s) => ({
      id: s.id,
      name: s.name.slice(0, 120),
      importance: s.importance,
      ...(s.anyOf ? { anyOf: s.anyOf.slice(0, 30) } : {}),
      ...(s.soft ? { soft: true as const } : {}),
    })),
    missingRequired: ids(analysis.gap.missingRequired),
    missingPreferred: ids(analysis.gap.missingPreferred),
    matched: ids(analysis.gap.matched),
    related: ids(analysis.gap.related),
    salary: analysis.salary ?? null,
    location: clip(analysis.location, 300),
    remote: analysis.remote ?? null,
    employmentType: analysis.employmentType ?? null,
    closing: clip(posting.validThrough, 64),
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/**
 * Adds or refreshes a posting: seen again, it keeps its first-seen date and takes the new
 * analysis; the most recently seen come first, and beyond the cap the oldest are dropped.
 */
export function upsertEntry(list: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const old = list.find((e) => e.key === entry.key);
  const merged = old ? { ...entry, firstSeen: old.firstSeen < entry.firstSeen ? old.firstSeen : entry.firstSeen } : entry;
  const rest = list.filter((e) => e.key !== entry.key);
  return [merged, ...rest].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0)).slice(0, limit);
}

/** The engine's gap for a posting's skills against the user's current list (Engine.gap). */
export type GapOf = (skills: readonly SkillHit[]) => Gap;

/**
 * The entry against the user's current skill list, recomputed by the engine from the skills the
 * posting asks (kept with their importance), so a skill added from the history page, the popup
 * or the options changes every entry's missing skills and score exactly as a new visit would.
 * Returns the same object when nothing changed.
 */
export function rescoreEntry(entry: HistoryEntry, gapOf: GapOf): HistoryEntry {
  const gap = gapOf(entry.skills.map((s) => ({ ...s, years: null, mentions: [] })));
  const ids = (list: ReadonlyArray<{ id: string }>) => list.slice(0, 300).map((s) => s.id);
  const next = {
    score: clamp01(gap.score),
    missingRequired: ids(gap.missingRequired),
    missingPreferred: ids(gap.missingPreferred),
    matched: ids(gap.matched),
    related: ids(gap.related),
  };
  const same = (Object.keys(next) as Array<keyof typeof next>).every((k) => JSON.stringify(next[k]) === JSON.stringify(entry[k]));
  return same ? entry : { ...entry, ...next };
}
