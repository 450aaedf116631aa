import { useEffect, useState } from 'preact/hooks';
import { HISTORY_LIMIT } from '../storage/history-entry';
import { storageHistoryRepo, type HistoryRepo } from './history-repo';

export interface Props {
  /** Tests pass an in-memory one. */
  repo?: HistoryRepo;
  confirm?: (question: string) => boolean;
}

/** The options' history card: on or off, how much is kept, where, and how to clear it. */
export function HistoryOptions({ repo = storageHistoryRepo, confirm = (q) => window.confirm(q) }: Props) {
  const [on, setOn] = useState(true);
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void repo.isOn().then(setOn);
    void repo.get().then((l) => setCount(l.length));
    return repo.watch((l) => setCount(l.length));
  }, [repo]);
  const run = (what: string, task: () => Promise<void>) =>
    void task().catch((err: unknown) => setError(`${what} failed: ${err instanceof Error ? err.message : String(err)}`));
  return (
    <section class="card" aria-labelledby="history-heading" data-testid="history-options">
      <h2 id="history-heading">
        Posting history {count !== null && <span class="count">{count}</span>}
      </h2>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            run('Saving the setting', async () => {
              await repo.setOn(next);
              setOn(next);
            });
          }}
          data-testid="history-options-on"
        />
        <span>Keep a history of the postings I read</span>
      </label>
      <p class="muted">
        Each posting’s title, company, address, closest roles, match, missing skills, pay and place are kept in this browser’s
        extension storage only, never synced. Up to {HISTORY_LIMIT.toLocaleString('en-US')} postings: beyond that the ones seen
        longest ago are dropped.
      </p>
      <div class="row">
        <a href="postings.html" target="_blank" rel="noopener" data-testid="history-options-open">
          Open the history
        </a>
        <button
          type="button"
          class="button button--danger"
          disabled={!count}
          onClick={() => {
            if (!confirm('Delete every posting from your history? This cannot be undone.')) return;
            run('Clearing the history', async () => {
              await repo.clear();
              setCount(0);
            });
          }}
          data-testid="history-options-clear"
        >
          Clear the history
        </button>
      </div>
      {error && <p class="message message--error" role="alert">{error}</p>}
    </section>
  );
}
