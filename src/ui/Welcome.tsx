import { useEffect } from 'preact/hooks';
import { ResumeFinder } from './ResumeFinder';
import { StarterPicker } from './StarterPicker';
import { useStore } from './store';
import type { WelcomeState } from './welcome-state';

export interface Props {
  state: WelcomeState;
}

/** The page that opens on install: what Role Lens does, and three ways to start the skill list. */
export function Welcome({ state }: Props) {
  const list = useStore(state.list.store);
  const resume = useStore(state.resume.store);
  const starter = useStore(state.starter.store);
  useEffect(() => {
    void state.start();
    return () => state.dispose();
  }, [state]);
  const count = list.skills.length;

  return (
    <main class="options welcome">
      <header class="options__header">
        <h1>Welcome to Role Lens</h1>
        <p>
          On each job posting you open, Role Lens shows which of its skills you have and which you lack, and which role the
          posting really resembles. It compares the posting with your skill list, which stays in your browser. Start the
          list one of three ways; you can change it at any time.
        </p>
      </header>

      <p class={`welcome__count${count > 0 ? ' welcome__count--ready' : ''}`} data-testid="welcome-count">
        {list.loaded ? (count === 0 ? 'Your list is empty.' : `Your list has ${count} skill${count === 1 ? '' : 's'}. Open a job posting to see your match.`) : 'Loading your list…'}
      </p>
      <p class={`message${list.listMessage ? ` message--${list.listMessage.tone}` : ''}`} role="status" aria-live="polite" data-testid="welcome-message">
        {list.listMessage?.text ?? ''}
      </p>

      <section class="card" aria-labelledby="start-resume">
        <h2 id="start-resume">1. Paste your résumé</h2>
        <p class="muted">Role Lens finds the skills it knows in the text and you choose which to add. The text itself is not kept.</p>
        <ResumeFinder id="welcome-resume" text={resume.resumeText} found={resume.found} engineReady={state.engineReady} actions={state.resume.actions} />
      </section>

      <section class="card" aria-labelledby="start-import">
        <h2 id="start-import">2. Import your LinkedIn skills or a saved list</h2>
        <p class="muted">
          On LinkedIn: <em>Settings › Data privacy › Get a copy of your data</em>, tick <em>Skills</em>, and choose the{' '}
          <code>Skills.csv</code> from the download. A Role Lens export (JSON) works too.
        </p>
        <label class="button file-button">
          Choose a file…
          <input
            type="file"
            accept=".csv,text/csv,.json,application/json"
            class="visually-hidden"
            data-testid="welcome-import"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              await state.files.importText(await file.text(), file.name);
              input.value = '';
            }}
          />
        </label>
      </section>

      <section class="card" aria-labelledby="start-role">
        <h2 id="start-role">3. Start from a role</h2>
        <p class="muted">Pick the role closest to your work and tick the skills you have. Nothing is added until you tick it.</p>
        <StarterPicker roles={state.roles} model={starter} actions={state.starter.actions} />
      </section>

      <footer class="welcome__footer">
        <button type="button" class="button" onClick={() => state.openOptions()} data-testid="welcome-options">
          Edit the list one skill at a time
        </button>
      </footer>
    </main>
  );
}
