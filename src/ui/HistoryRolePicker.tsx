import { useState } from 'preact/hooks';
import { compareHref } from './compare-link';

export interface Props {
  roles: ReadonlyArray<{ id: string; title: string }>;
  /** Preselected: the two roles the postings read are most often closest to. */
  initial: [string, string];
}

/** Any two roles side by side, in the comparison page. */
export function HistoryRolePicker({ roles, initial }: Props) {
  const [a, setA] = useState(initial[0]);
  const [b, setB] = useState(initial[1]);
  const select = (value: string, set: (v: string) => void, label: string, testId: string) => (
    <select class="select" aria-label={label} value={value} onChange={(e) => set(e.currentTarget.value)} data-testid={testId}>
      {roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title}
        </option>
      ))}
    </select>
  );
  return (
    <section class="card" data-testid="role-picker">
      <h2>Compare two roles</h2>
      <div class="row">
        {select(a, setA, 'First role', 'role-a')}
        <span>and</span>
        {select(b, setB, 'Second role', 'role-b')}
        <a class="button" href={a !== b ? compareHref([a, b]) : undefined} target="_blank" rel="noopener" aria-disabled={a === b} data-testid="compare-roles-open">
          Side by side
        </a>
      </div>
    </section>
  );
}
