import type { ComponentChildren } from 'preact';

export interface Props {
  kind: 'loading' | 'inaccessible' | 'not-posting' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** The popup's whole-page states: loading, can't access, not a posting. */
export function StatusPanel({ kind, title, children }: Props) {
  return (
    <div
      class={`status status--${kind}`}
      data-testid={`popup-${kind}`}
      role={kind === 'loading' ? 'status' : undefined}
      aria-live={kind === 'loading' ? 'polite' : undefined}
    >
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      <h1 class="status__title">{title}</h1>
      {children}
    </div>
  );
}
