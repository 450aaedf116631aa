import type { RoleMatch } from '../core/types';
import { RoleCard } from './RoleCard';

export interface Props {
  roles: RoleMatch[];
  /** How many to show (the closest first). */
  limit?: number;
}

/** Below this even the closest profile shares little with the posting (a nurse's or a sales posting). */
export const WEAK_MATCH = 0.35;

export function RoleList({ roles, limit = 3 }: Props) {
  const top = [...roles].sort((a, b) => b.score - a.score).slice(0, limit);
  const weak = top.length > 0 && top[0]!.score < WEAK_MATCH;
  return (
    <section class="section" aria-labelledby="roles-heading">
      <h2 id="roles-heading" class="section__title">Roles this posting resembles</h2>
      <p class="section__hint">How close the posting is to each role profile; not your match.</p>
      {top.length === 0 ? (
        <p class="muted">No role profile matches this posting.</p>
      ) : (
        <>
          {weak && (
            <p class="muted" data-testid="weak-match">
              None of the bundled AI, data and software roles is close to this posting.
            </p>
          )}
          <ol class="role-list" data-testid="role-list">
            {top.map((role, i) => (
              <RoleCard key={role.id} role={role} rank={i + 1} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
