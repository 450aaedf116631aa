import type { QuarantineEntry } from '../storage/schema';

export interface Props {
  entries: QuarantineEntry[];
  onDownload: () => void;
  onDismiss: () => void;
}

/** Stored data that could not be read: said plainly, downloadable, dismissed only by the user. */
export function QuarantinePanel({ entries, onDownload, onDismiss }: Props) {
  if (entries.length === 0) return null;
  return (
    <section class="quarantine" role="alert" aria-labelledby="quarantine-heading" data-testid="quarantine">
      <h2 id="quarantine-heading">Some saved data could not be read</h2>
      <p>It was set aside, not deleted. Download it to keep a copy, then dismiss this notice.</p>
      <ul>
        {entries.map((e, i) => (
          <li key={i}>
            <code>{e.key}</code>
            {e.at && <span class="muted"> · {new Date(e.at).toLocaleString()}</span>}: {e.reason}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="button" onClick={onDownload} data-testid="quarantine-download">
          Download
        </button>
        <button type="button" class="button" onClick={onDismiss} data-testid="quarantine-dismiss">
          Dismiss
        </button>
      </div>
    </section>
  );
}
