export interface Props {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/**
 * The opt-in for colouring in-page highlights by status. Off by default: the job site's own
 * scripts can read highlight colours, and with them which of the posting's skills you have.
 */
export function ColourHighlightsOptIn({ enabled, onChange }: Props) {
  return (
    <div class="opt-in">
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.currentTarget.checked)} data-testid="colour-highlights" />
        <span>Colour highlights by whether I have each skill</span>
      </label>
      <p class="muted">
        Off, every skill in a posting gets the same blue mark and its status shows when you point at it. On, skills you have are
        green and missing ones red or amber, but the job site’s own scripts could read those colours and so learn which of its
        skills you have.
      </p>
    </div>
  );
}
