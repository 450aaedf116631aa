export interface Props {
  text: string | null;
}

/** A one-line status message; always in the DOM so screen readers announce each change. */
export function Notice({ text }: Props) {
  return (
    <p class={`notice${text ? '' : ' notice--empty'}`} role="status" aria-live="polite" data-testid="notice">
      {text ?? ''}
    </p>
  );
}
