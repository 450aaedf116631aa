import type { ComponentChildren } from 'preact';
import { closingLine, percent, scoreWord } from './format';

export interface Props {
  title: string;
  company?: string;
  /** Your overall match, 0..1; omitted when there is no skill list to compare. */
  score?: number;
  /** When applications close (the page's `validThrough`), and the time to compare it with. */
  validThrough?: string;
  now?: Date;
  /** Controls at the right (the highlights switch). */
  children?: ComponentChildren;
}

/** The posting's title and company, and the overall match score as the largest thing on screen. */
export function PopupHeader({ title, company, score, validThrough, now = new Date(), children }: Props) {
  const closing = closingLine(validThrough, now);
  return (
    <header class="header">
      <div class="header__text">
        {/* Clamped to a few lines by the stylesheet (a page can set a 100,000-character title); the whole on hover. */}
        <h1 class="header__title" data-testid="posting-title" title={title}>
          {title}
        </h1>
        {company && (
          <p class="header__company" data-testid="posting-company" title={company}>
            {company}
          </p>
        )}
        {closing && (
          <p class={`header__closing${closing.closed ? ' header__closing--closed' : ''}`} data-testid="posting-closing">
            {closing.text}
          </p>
        )}
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
