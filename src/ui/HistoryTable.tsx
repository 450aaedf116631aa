import { formatFacts } from '../core/facts/format';
import type { HistoryEntry } from '../storage/history-entry';
import type { HistoryFilters, SortKey } from './history-model';
import { percent } from './format';

export interface Props {
  rows: HistoryEntry[];
  filters: HistoryFilters;
  selected: string[];
  onSort(sort: SortKey, descending: boolean): void;
  onSelect(key: string): void;
  onDelete(key: string): void;
}

const COLUMNS: Array<[SortKey, string]> = [
  ['title', 'Posting'],
  ['role', 'Closest role'],
  ['score', 'Match'],
  ['salary', 'Pay and facts'],
  ['site', 'Site'],
  ['lastSeen', 'Last seen'],
];

const day = (iso: string) => iso.slice(0, 10);

/** The postings read, one row each; every string from a page is rendered as text. */
export function HistoryTable({ rows, filters, selected, onSort, onSelect, onDelete }: Props) {
  return (
    // On a narrow window the table scrolls inside its box instead of widening the page.
    <div class="history-table-wrap" tabIndex={0} role="region" aria-label="Postings read">
      <table class="history-table" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Compare</span>
            </th>
            {COLUMNS.map(([key, label]) => {
              const active = filters.sort === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (filters.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="link-button" onClick={() => onSort(key, active ? !filters.descending : key !== 'title' && key !== 'site' && key !== 'role')} data-testid={`sort-${key}`}>
                    {label}
                    {active ? (filters.descending ? ' ↓' : ' ↑') : ''}
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span class="visually-hidden">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.key} data-testid="history-row">
              <td>
                <input type="checkbox" aria-label={`Compare ${e.title}`} checked={selected.includes(e.key)} onChange={() => onSelect(e.key)} data-testid="history-select" />
              </td>
              <td>
                <a href={/^https?:/i.test(e.url) ? e.url : undefined} target="_blank" rel="noopener noreferrer" data-testid="history-title">
                  {e.title}
                </a>
                {e.company && <div class="muted">{e.company}</div>}
              </td>
              <td>{e.roles[0] ? `${e.roles[0].title} (${percent(e.roles[0].score)})` : '—'}</td>
              <td data-testid="history-score">{percent(e.score)}</td>
              <td data-testid="history-facts">{formatFacts(e).join(' · ') || '—'}</td>
              <td>{e.site}</td>
              <td>{day(e.lastSeen)}</td>
              <td>
                <button type="button" class="link-button" aria-label={`Delete ${e.title}`} onClick={() => onDelete(e.key)} data-testid="history-delete">
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
