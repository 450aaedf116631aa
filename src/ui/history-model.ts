import { formatSalary } from '../core/facts/format';
import type { PayPeriod, Salary } from '../core/facts/types';
import type { HistoryEntry } from '../storage/history-entry';

/**
 * What the history page computes from the stored postings, as pure functions: the skills missing
 * most often, the filtered and sorted table, and the exports.
 */

export interface MissingSkill {
  id: string;
  name: string;
  /** Postings that ask for it as required / as nice to have, and the user lacks it. */
  required: number;
  preferred: number;
}

/** The postings whose closest role is `roleId` (all when null). */
export function byRole(entries: readonly HistoryEntry[], roleId: string | null): HistoryEntry[] {
  return roleId ? entries.filter((e) => e.roles[0]?.id === roleId) : [...entries];
}

/** Skills missing in the most postings, required and nice to have counted apart. */
export function topMissing(entries: readonly HistoryEntry[], limit = 12): MissingSkill[] {
  const out = new Map<string, MissingSkill>();
  for (const e of entries) {
    const names = new Map(e.skills.map((s) => [s.id, s.name]));
    const count = (id: string, field: 'required' | 'preferred') => {
      const row = out.get(id) ?? { id, name: names.get(id) ?? id, required: 0, preferred: 0 };
      row[field]++;
      out.set(id, row);
    };
    for (const id of new Set(e.missingRequired)) count(id, 'required');
    for (const id of new Set(e.missingPreferred)) if (!e.missingRequired.includes(id)) count(id, 'preferred');
  }
  return [...out.values()]
    .sort((a, b) => b.required + b.preferred - (a.required + a.preferred) || b.required - a.required || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** "Kubernetes — missing in 14 of 20 postings". */
export function missingLine(skill: MissingSkill, of: number): string {
  const n = skill.required + skill.preferred;
  return `${skill.name} — missing in ${n} of ${of} posting${of === 1 ? '' : 's'}`;
}

/** "required in 10, nice to have in 4". */
export function missingSplit(skill: MissingSkill): string {
  const parts: string[] = [];
  if (skill.required) parts.push(`required in ${skill.required}`);
  if (skill.preferred) parts.push(`nice to have in ${skill.preferred}`);
  return parts.join(', ');
}

const HOURS: Record<PayPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

/** Top of the range in yearly money, for sorting and the "pays at least" filter. */
export function yearlyMax(s: Salary | null): number | null {
  return s ? s.max * HOURS[s.period] : null;
}

export type SortKey = 'lastSeen' | 'score' | 'salary' | 'title' | 'site' | 'role';

export interface HistoryFilters {
  role: string | null;
  site: string | null;
  remote: 'remote' | 'hybrid' | 'onsite' | 'unstated' | null;
  /** Only postings seen in the last N days. */
  days: number | null;
  /** Match at least this (0..1). */
  minScore: number;
  /** Pays at least this a year (top of the range); postings without pay are hidden when set. */
  minPay: number | null;
  sort: SortKey;
  descending: boolean;
}

export const NO_FILTERS: HistoryFilters = { role: null, site: null, remote: null, days: null, minScore: 0, minPay: null, sort: 'lastSeen', descending: true };

export function filterEntries(entries: readonly HistoryEntry[], f: HistoryFilters, now: Date): HistoryEntry[] {
  const since = f.days === null ? null : new Date(now.getTime() - f.days * 86_400_000).toISOString();
  const rows = entries.filter(
    (e) =>
      (f.role === null || e.roles[0]?.id === f.role) &&
      (f.site === null || e.site === f.site) &&
      (f.remote === null || (f.remote === 'unstated' ? e.remote === null : e.remote === f.remote)) &&
      (since === null || e.lastSeen >= since) &&
      e.score >= f.minScore &&
      (f.minPay === null || (yearlyMax(e.salary) ?? -1) >= f.minPay),
  );
  const value = (e: HistoryEntry): string | number => {
    switch (f.sort) {
      case 'score':
        return e.score;
      case 'salary':
        return yearlyMax(e.salary) ?? -1;
      case 'title':
        return e.title.toLowerCase();
      case 'site':
        return e.site;
      case 'role':
        return e.roles[0]?.title ?? '';
      default:
        return e.lastSeen;
    }
  };
  const dir = f.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return va < vb ? -dir : va > vb ? dir : 0;
  });
}

/** Distinct values for the filter menus: closest roles and sites, most frequent first. */
export function facets(entries: readonly HistoryEntry[]): { roles: Array<{ id: string; title: string; n: number }>; sites: Array<{ site: string; n: number }> } {
  const roles = new Map<string, { id: string; title: string; n: number }>();
  const sites = new Map<string, number>();
  for (const e of entries) {
    const r = e.roles[0];
    if (r) roles.set(r.id, { id: r.id, title: r.title, n: (roles.get(r.id)?.n ?? 0) + 1 });
    sites.set(e.site, (sites.get(e.site) ?? 0) + 1);
  }
  return {
    roles: [...roles.values()].sort((a, b) => b.n - a.n || a.title.localeCompare(b.title)),
    sites: [...sites.entries()].map(([site, n]) => ({ site, n })).sort((a, b) => b.n - a.n || a.site.localeCompare(b.site)),
  };
}

/** A CSV field: quoted, and a leading =, +, - or @ defused so a spreadsheet never runs page text as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== String(value) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'title',
  'company',
  'site',
  'url',
  'first_seen',
  'last_seen',
  'closest_role',
  'role_score',
  'match_score',
  'salary',
  'salary_min',
  'salary_max',
  'currency',
  'period',
  'remote',
  'employment_type',
  'location',
  'closing',
  'missing_required',
  'missing_preferred',
] as const;

export function historyCsv(entries: readonly HistoryEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const names = new Map(e.skills.map((s) => [s.id, s.name]));
    const list = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
    const row: Array<string | number | null> = [
      e.title,
      e.company,
      e.site,
      e.url,
      e.firstSeen,
      e.lastSeen,
      e.roles[0]?.title ?? null,
      e.roles[0] ? Math.round(e.roles[0].score * 100) / 100 : null,
      Math.round(e.score * 100) / 100,
      e.salary ? formatSalary(e.salary) : null,
      e.salary?.min ?? null,
      e.salary?.max ?? null,
      e.salary?.currency ?? null,
      e.salary?.period ?? null,
      e.remote,
      e.employmentType,
      e.location,
      e.closing,
      list(e.missingRequired),
      list(e.missingPreferred),
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function historyJson(entries: readonly HistoryEntry[], now: Date): string {
  return `${JSON.stringify({ format: 'role-lens-history', version: 1, exported: now.toISOString(), postings: entries }, null, 2)}\n`;
}
