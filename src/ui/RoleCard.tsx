import type { RoleMatch } from '../core/types';
import { ScoreBar } from './ScoreBar';

export interface Props {
  role: RoleMatch;
  rank: number;
}

/** One of the closest roles: title, score bar, and the reasons behind the score on demand. */
export function RoleCard({ role, rank }: Props) {
  return (
    <li class={`role-card${rank === 1 ? ' role-card--top' : ''}`} data-testid="role-item">
      <div class="role-card__head">
        <span class="role-card__title" data-testid="role-title">{role.title}</span>
      </div>
      <ScoreBar score={role.score} label={`${role.title} match`} />
      {role.reasons.length > 0 && (
        <details class="role-card__why">
          <summary>Why</summary>
          <ul class="role-card__reasons">
            {role.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
