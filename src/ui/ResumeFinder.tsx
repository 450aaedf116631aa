import type { FoundSkill, OptionsActions } from './options-state';

export interface Props {
  text: string;
  found: FoundSkill[] | null;
  engineReady: boolean;
  actions: Pick<OptionsActions, 'setResumeText' | 'findInResume' | 'toggleFound' | 'addFound'>;
}

/** Paste a résumé or profile, find the taxonomy's skills in it, pick which to add. Nothing is stored but the picks. */
export function ResumeFinder({ text, found, engineReady, actions }: Props) {
  const newCount = found?.filter((f) => f.checked && !f.have).length ?? 0;
  return (
    <div class="resume">
      <label for="resume-text" class="visually-hidden">
        Résumé or profile text
      </label>
      <textarea
        id="resume-text"
        class="textarea"
        rows={6}
        placeholder="Paste your résumé, LinkedIn summary or a list of skills…"
        value={text}
        data-testid="resume-text"
        onInput={(e) => actions.setResumeText(e.currentTarget.value)}
      />
      <div class="row">
        <button type="button" class="button" disabled={!engineReady || !text.trim()} onClick={() => actions.findInResume()} data-testid="find-skills">
          Find skills
        </button>
        {!engineReady && <span class="muted">Loading the skill list…</span>}
      </div>
      {found && found.length === 0 && <p class="muted" role="status">No known skills found in this text.</p>}
      {found && found.length > 0 && (
        <fieldset class="found" data-testid="found-skills">
          <legend>
            Found {found.length} skill{found.length === 1 ? '' : 's'}
          </legend>
          <ul class="found__list">
            {found.map((f) => (
              <li key={f.id}>
                <label class={`check${f.have ? ' check--have' : ''}`}>
                  <input type="checkbox" checked={f.checked} disabled={f.have} onChange={() => actions.toggleFound(f.id)} data-testid={`found-${f.id}`} />
                  <span>{f.name}</span>
                  {f.have && <span class="check__note">already in your list</span>}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" class="button button--primary" disabled={newCount === 0} onClick={() => void actions.addFound()} data-testid="add-found">
            Add selected ({newCount})
          </button>
        </fieldset>
      )}
    </div>
  );
}
