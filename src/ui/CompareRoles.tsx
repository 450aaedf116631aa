import type { CompareColumn } from './compare-model';

export interface Props {
  columns: CompareColumn[];
  /** Whether a posting's skills came with the request (then "asked" ticks mean something). */
  fromPosting: boolean;
}

/** Roles side by side, section by section, in the founding article's order. */
export function CompareRoles({ columns, fromPosting }: Props) {
  const sections = columns[0]?.sections.map((s) => ({ key: s.key, title: s.title })) ?? [];
  return (
    <div class="compare-roles" data-testid="compare-roles-table">
      <p class="muted">
        {fromPosting ? '✓ the posting asks for it · ' : ''}
        <span class="compare-have">★ you have</span>
      </p>
      <table class="compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Section</span>
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" data-testid="compare-role-title">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sections.map((s, i) => (
            <tr key={s.key} data-testid={`compare-${s.key}`}>
              <th scope="row">{s.title}</th>
              {columns.map((c) => {
                const items = c.sections[i]?.items ?? [];
                if (s.key === 'definition') return <td key={c.id}>{items[0]?.text}</td>;
                return (
                  <td key={c.id}>
                    {items.length === 0 ? (
                      <span class="muted">—</span>
                    ) : (
                      <ul class="compare-items">
                        {items.map((it, j) => (
                          <li key={j} class={it.asked ? 'is-asked' : undefined} data-asked={it.asked ? 'yes' : undefined} data-have={it.have.length > 0 ? 'yes' : undefined}>
                            <span class="compare-tick" aria-label={it.asked ? 'asked in this posting' : undefined}>
                              {it.asked ? '✓' : ''}
                            </span>
                            {it.text}
                            {it.have.length > 0 && <span class="compare-have"> ★ you have {it.have.join(', ')}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
