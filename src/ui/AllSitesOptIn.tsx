export interface Props {
  enabled: boolean;
  busy: boolean;
  error: string | null;
  onChange: (enabled: boolean) => void;
}

/** The opt-in for analysing every site (optional host permission, asked from the click). */
export function AllSitesOptIn({ enabled, busy, error, onChange }: Props) {
  return (
    <div class="opt-in">
      <label class="check">
        <input type="checkbox" checked={enabled} disabled={busy} onChange={(e) => onChange(e.currentTarget.checked)} data-testid="all-sites" />
        <span>Analyse job postings on all sites</span>
      </label>
      <p class="muted">
        Without this, Role Lens runs by itself only on known job sites (LinkedIn, Indeed, Greenhouse, Lever, Workday…) and on
        any other page when you open its popup there. Turning it on asks the browser for access to all sites; nothing is ever
        sent anywhere.
      </p>
      {error && (
        <p class="message message--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
