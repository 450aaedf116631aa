import type { HistoryEntry } from '../storage/history-entry';
import { facets, type HistoryFilters as Filters } from './history-model';

export interface Props {
  entries: HistoryEntry[];
  filters: Filters;
  onChange(patch: Partial<Filters>): void;
}

const DAYS = [7, 30, 90];
const SCORES = [0.25, 0.5, 0.75];
const PAY = [50_000, 100_000, 150_000, 200_000];

/** Role, site, date, match, pay and remote filters over the table. */
export function HistoryFilters({ entries, filters, onChange }: Props) {
  const { roles, sites } = facets(entries);
  const num = (v: string) => (v === '' ? null : Number(v));
  return (
    <div class="history-filters row" data-testid="history-filters">
      <select class="select" aria-label="Closest role" value={filters.role ?? ''} onChange={(e) => onChange({ role: e.currentTarget.value || null })} data-testid="filter-role">
        <option value="">Every role</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
      <select class="select" aria-label="Site" value={filters.site ?? ''} onChange={(e) => onChange({ site: e.currentTarget.value || null })} data-testid="filter-site">
        <option value="">Every site</option>
        {sites.map((s) => (
          <option key={s.site} value={s.site}>
            {s.site}
          </option>
        ))}
      </select>
      <select class="select" aria-label="Seen" value={filters.days ?? ''} onChange={(e) => onChange({ days: num(e.currentTarget.value) })} data-testid="filter-days">
        <option value="">Any date</option>
        {DAYS.map((d) => (
          <option key={d} value={d}>
            Last {d} days
          </option>
        ))}
      </select>
      <select class="select" aria-label="Match" value={filters.minScore || ''} onChange={(e) => onChange({ minScore: num(e.currentTarget.value) ?? 0 })} data-testid="filter-score">
        <option value="">Any match</option>
        {SCORES.map((s) => (
          <option key={s} value={s}>
            Match ≥ {Math.round(s * 100)}%
          </option>
        ))}
      </select>
      <select class="select" aria-label="Pay" value={filters.minPay ?? ''} onChange={(e) => onChange({ minPay: num(e.currentTarget.value) })} data-testid="filter-pay">
        <option value="">Any pay</option>
        {PAY.map((p) => (
          <option key={p} value={p}>
            Pays up to ≥ ${p / 1000}k a year
          </option>
        ))}
      </select>
      <select
        class="select"
        aria-label="Remote"
        value={filters.remote ?? ''}
        onChange={(e) => onChange({ remote: (e.currentTarget.value || null) as Filters['remote'] })}
        data-testid="filter-remote"
      >
        <option value="">Remote or not</option>
        <option value="remote">Remote</option>
        <option value="hybrid">Hybrid</option>
        <option value="onsite">On-site</option>
        <option value="unstated">Not stated</option>
      </select>
    </div>
  );
}
