import type { RoleMatch } from '../core/types';
import { ScoreBar } from './ScoreBar';

export interface Props {
  role: RoleMatch;
  rank: number;
}

/**
 * One of the closest roles: title and score bar on one line; the line itself opens the reasons
 * behind the score (a native <details>, so it works with the keyboard and screen readers).
 */
export function RoleCard({ role, rank }: Props) {
  const head = (
    <>
      <span class="role-card__title" data-testid="role-title">
        {role.title}
      </span>
      <ScoreBar score={role.score} label={`Resemblance to ${role.title}`} />
    </>
  );
  return (
    <li class={`role-card${rank === 1 ? ' role-card--top' : ''}`} data-testid="role-item">
      {role.reasons.length > 0 ? (
        <details class="role-card__details">
          <summary class="role-card__head" title="Why it resembles this role">
            {head}
          </summary>
          <ul class="role-card__reasons">
            {role.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : (
        <div class="role-card__head role-card__head--plain">{head}</div>
      )}
    </li>
  );
}
