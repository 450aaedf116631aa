import type { FoundSkill } from './resume-evidence';
import type { ResumeActions } from './stores/resume';

export interface Props {
  text: string;
  found: FoundSkill[] | null;
  engineReady: boolean;
  actions: ResumeActions;
  /** The textarea's id, unique in the page (the welcome page and the options differ). */
  id?: string;
}

/**
 * Paste a résumé or profile, find the taxonomy's skills in it, pick which to add. Only skills
 * with strong evidence start ticked; each shows the words it was found from. Nothing is stored
 * but the picks.
 */
export function ResumeFinder({ text, found, engineReady, actions, id = 'resume-text' }: Props) {
  const newCount = found?.filter((f) => f.checked && !f.have).length ?? 0;
  const weak = found?.filter((f) => !f.strong && !f.have).length ?? 0;
  return (
    <div class="resume">
      <label for={id} class="visually-hidden">
        Résumé or profile text
      </label>
      <textarea
        id={id}
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
      {found && found.length === 0 && <p class="muted">No skills that Role Lens knows were found in this text.</p>}
      {found && found.length > 0 && (
        <fieldset class="found" data-testid="found-skills">
          <legend>
            Found {found.length} skill{found.length === 1 ? '' : 's'}
          </legend>
          {weak > 0 && (
            <p class="muted found__hint">
              {weak} with little evidence (a link, an employer’s name, a field of work) are listed unticked: tick them if they are yours.
            </p>
          )}
          <div class="row found__bulk">
            <button type="button" class="link-button" onClick={() => actions.selectAll()} data-testid="found-all">
              Select all
            </button>
            <button type="button" class="link-button" onClick={() => actions.selectNone()} data-testid="found-none">
              Select none
            </button>
          </div>
          <ul class="found__list">
            {found.map((f) => (
              <li key={f.id}>
                <label class={`check${f.have ? ' check--have' : ''}`}>
                  <input type="checkbox" checked={f.checked} disabled={f.have} onChange={() => actions.toggleFound(f.id)} data-testid={`found-${f.id}`} />
                  <span>{f.name}</span>
                  <span class="check__note" data-testid={`found-words-${f.id}`}>
                    {f.have ? 'already in your list' : `from “${f.words.join('”, “')}”`}
                  </span>
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
