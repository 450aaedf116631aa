import type { HistoryEntry } from '../storage/history-entry';
import { byRole, facets, missingLine, missingSplit, topMissing } from './history-model';

export interface Props {
  entries: HistoryEntry[];
  roleId: string | null;
  pending: boolean;
  onRole(roleId: string | null): void;
  onHave(skill: { id: string; name: string }): void;
}

/** The skills missing most often across the postings read: the ones that, learned next, close the most gaps. */
export function HistoryTopSkills({ entries, roleId, pending, onRole, onHave }: Props) {
  const scope = byRole(entries, roleId);
  const top = topMissing(scope);
  const roles = facets(entries).roles;
  return (
    <section class="card" data-testid="top-missing">
      <h2>Skills missing most often</h2>
      <label class="row">
        <span>For postings closest to</span>
        <select class="select" value={roleId ?? ''} onChange={(e) => onRole(e.currentTarget.value || null)} data-testid="top-role">
          <option value="">any role</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.n})
            </option>
          ))}
        </select>
      </label>
      {top.length === 0 ? (
        <p class="muted">Nothing missing in these postings.</p>
      ) : (
        <ol class="top-missing">
          {top.map((s) => (
            <li key={s.id} class="top-missing__item" data-testid="top-missing-item">
              <span class="top-missing__text">
                <strong data-testid="top-missing-line">{missingLine(s, scope.length)}</strong>
                <span class="muted"> ({missingSplit(s)})</span>
              </span>
              <button type="button" class="button" disabled={pending} onClick={() => onHave({ id: s.id, name: s.name })} data-testid="top-missing-have">
                I have this
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
