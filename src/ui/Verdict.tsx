import type { Analysis } from '../core/types';
import { MATCH_MEANING, matchLevel, MATCH_WORD, verdictLine, verdictOf } from '../core/verdict';
import { percent } from './format';

export interface Props {
  analysis: Pick<Analysis, 'skills' | 'gap'>;
  /** The skill list is empty: there is nothing to compare, so the popup asks for skills instead. */
  emptyList: boolean;
  onStart: () => void;
}

/**
 * The first thing the popup says, readable in two seconds: how many of the required skills you
 * have, the nice-to-have ones apart, and the match score with its meaning (on hover and for
 * screen readers). With an empty skill list: one sentence and one button to start.
 */
export function Verdict({ analysis, emptyList, onStart }: Props) {
  if (emptyList) {
    return (
      <section class="verdict verdict--start" aria-labelledby="verdict-line" data-testid="verdict">
        <p id="verdict-line" class="verdict__line">Add your skills to see your match</p>
        <p class="verdict__sub">Role Lens then shows which of this posting’s skills you have and which you lack.</p>
        <button type="button" class="button button--primary" onClick={onStart} data-testid="start-welcome">
          Add my skills
        </button>
      </section>
    );
  }
  const { required, preferred } = verdictOf(analysis);
  const main = verdictLine(required, 'required') ?? verdictLine(preferred, 'nice-to-have') ?? 'This posting names no skills it requires';
  const second = required.total > 0 ? verdictLine(preferred, 'nice-to-have') : null;
  const level = matchLevel(analysis.gap.score);
  return (
    <section class={`verdict verdict--${level}`} aria-labelledby="verdict-line" data-testid="verdict">
      <div class="verdict__text">
        <p id="verdict-line" class="verdict__line" data-testid="verdict-line">
          {main}
        </p>
        {second && (
          <p class="verdict__sub" data-testid="verdict-preferred">
            {second}
          </p>
        )}
      </div>
      <p class={`score-badge score-badge--${level}`} title={MATCH_MEANING} aria-describedby="score-meaning" data-testid="match-score">
        <span class="score-badge__label">Match</span>
        <span class="score-badge__value">{percent(analysis.gap.score)}</span>
        <span class="score-badge__word">{MATCH_WORD[level]}</span>
      </p>
      <p id="score-meaning" class="visually-hidden">
        {MATCH_MEANING}
      </p>
    </section>
  );
}
