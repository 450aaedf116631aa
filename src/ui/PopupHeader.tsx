import type { ComponentChildren } from 'preact';
import { percent, scoreWord } from './format';

export interface Props {
  title: string;
  company?: string;
  /** Your overall match, 0..1; omitted when there is no skill list to compare. */
  score?: number;
  /** Controls at the right (the highlights switch). */
  children?: ComponentChildren;
}

/** The posting's title and company, and the overall match score as the largest thing on screen. */
export function PopupHeader({ title, company, score, children }: Props) {
  return (
    <header class="header">
      <div class="header__text">
        <h1 class="header__title" data-testid="posting-title">{title}</h1>
        {company && <p class="header__company" data-testid="posting-company">{company}</p>}
      </div>
      {score !== undefined && (
        <div class={`score-badge score-badge--${score >= 0.5 ? 'good' : score >= 0.25 ? 'mid' : 'low'}`} data-testid="match-score">
          <span class="score-badge__value">{percent(score)}</span>
          <span class="score-badge__label">{scoreWord(score)}</span>
        </div>
      )}
      {children}
    </header>
  );
}
