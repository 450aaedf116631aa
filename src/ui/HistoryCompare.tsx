import { formatFacts } from '../core/facts/format';
import type { HistoryEntry } from '../storage/history-entry';
import { percent } from './format';

export interface Props {
  entries: HistoryEntry[];
}

/** Two or three postings side by side: role, match, facts and the skills each asks for. */
export function HistoryCompare({ entries }: Props) {
  if (entries.length < 2) return null;
  const haveOf = (e: HistoryEntry) => new Set([...e.matched]);
  const asked = (e: HistoryEntry, importance: 'required' | 'preferred') => e.skills.filter((s) => s.importance === importance);
  return (
    <section class="card" data-testid="posting-compare">
      <h2>Side by side</h2>
      <div class="compare-grid" style={{ gridTemplateColumns: `repeat(${entries.length}, minmax(0, 1fr))` }}>
        {entries.map((e) => (
          <div key={e.key} class="compare-col" data-testid="posting-compare-col">
            <h3>{e.title}</h3>
            {e.company && <p class="muted">{e.company}</p>}
            <p>
              <strong>Closest role:</strong> {e.roles[0] ? `${e.roles[0].title} (${percent(e.roles[0].score)})` : '—'}
            </p>
            <p>
              <strong>Your match:</strong> {percent(e.score)}
            </p>
            <p>{formatFacts(e).join(' · ') || 'No pay, place or type stated.'}</p>
            {(['required', 'preferred'] as const).map((imp) => (
              <div key={imp}>
                <h4>{imp === 'required' ? 'Asks for' : 'Nice to have'}</h4>
                <ul class="compare-skills">
                  {asked(e, imp).map((s) => (
                    <li key={s.id} class={haveOf(e).has(s.id) ? 'have' : 'missing'}>
                      {haveOf(e).has(s.id) ? '✓ ' : '✗ '}
                      {s.name}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
