export interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** A switch for the in-page highlights. */
export function HighlightToggle({ enabled, onChange }: Props) {
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      aria-checked={enabled}
      onClick={() => onChange(!enabled)}
      data-testid="highlights-toggle"
    >
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__label">Highlights</span>
    </button>
  );
}
