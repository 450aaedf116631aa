import type { ComponentChildren } from 'preact';
import { closingLine } from './format';

export interface Props {
  title: string;
  company?: string;
  /** When applications close (the page's `validThrough`), and the time to compare it with. */
  validThrough?: string;
  now?: Date;
  /** Controls at the right (the highlights switch). */
  children?: ComponentChildren;
}

/** The posting's title, company and closing date; the verdict below it says how you match. */
export function PopupHeader({ title, company, validThrough, now = new Date(), children }: Props) {
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
      {children}
    </header>
  );
}
