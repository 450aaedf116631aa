import type { StarterModel } from './stores/starter';

export interface Props {
  roles: Array<{ id: string; title: string }>;
  model: StarterModel;
  actions: { chooseRole(id: string): void; togglePick(id: string): void; addPicks(): Promise<void> };
}

/** Choose a role; its core skills are listed, none ticked, to tick the ones you have. */
export function StarterPicker({ roles, model, actions }: Props) {
  const count = model.picks.filter((p) => p.checked && !p.have).length;
  return (
    <div class="starter">
      <label for="starter-role" class="adder__label">
        The role closest to yours
      </label>
      <select id="starter-role" class="select" value={model.roleId} onChange={(e) => actions.chooseRole(e.currentTarget.value)} data-testid="starter-role">
        <option value="">Choose a role…</option>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
      {model.picks.length > 0 && (
        <fieldset class="found" data-testid="starter-picks">
          <legend>Its core skills: tick the ones you have</legend>
          <ul class="found__list">
            {model.picks.map((p) => (
              <li key={p.id}>
                <label class={`check${p.have ? ' check--have' : ''}`}>
                  <input type="checkbox" checked={p.checked || p.have} disabled={p.have} onChange={() => actions.togglePick(p.id)} data-testid={`starter-${p.id}`} />
                  <span>{p.name}</span>
                  {p.have && <span class="check__note">already in your list</span>}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" class="button button--primary" disabled={count === 0} onClick={() => void actions.addPicks()} data-testid="starter-add">
            Add ticked skills ({count})
          </button>
        </fieldset>
      )}
    </div>
  );
}
