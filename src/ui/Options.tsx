import { LiveMessage } from './LiveMessage';
import { AllSitesOptIn } from './AllSitesOptIn';
import { ColourHighlightsOptIn } from './ColourHighlightsOptIn';
import { SkillPlaceChoice } from './SkillPlaceChoice';
import { HistoryOptions } from './HistoryOptions';
import { ImportExport } from './ImportExport';
import { NEWER_VERSION_MESSAGE } from '../storage/items';
import { OVERFLOW_MESSAGE, type OptionsActions, type OptionsModel } from './options-state';
import { QuarantinePanel } from './QuarantinePanel';
import { ResumeFinder } from './ResumeFinder';
import { SkillAdder } from './SkillAdder';
import { SkillList } from './SkillList';

export interface Props {
  model: OptionsModel;
  actions: OptionsActions;
}

/** The options page: the skill list editor, résumé finder, backup and the all-sites opt-in. */
export function Options({ model, actions }: Props) {
  return (
    <main class="options">
      <header class="options__header">
        <h1>Role Lens</h1>
        <p class="muted">
          Your skills are compared with each job posting you open. They stay in your browser (and your browser’s sync, if
          it is on). Nothing is sent anywhere.
        </p>
      </header>

      {model.loadError && (
        <p class="message message--error" role="alert" data-testid="load-error">
          {model.loadError}
        </p>
      )}
      {model.readOnly && (
        <p class="message message--error" role="alert" data-testid="read-only">
          {NEWER_VERSION_MESSAGE}
        </p>
      )}

      <QuarantinePanel entries={model.quarantine} onDownload={actions.downloadQuarantine} onDismiss={() => void actions.dismissQuarantine()} />

      <section class="card" aria-labelledby="skills-heading">
        <h2 id="skills-heading">
          Your skills <span class="count">{model.skills.length}</span>
        </h2>
        {model.overflow && (
          <p class="message message--ok" role="status" data-testid="sync-overflow">
            {OVERFLOW_MESSAGE}
          </p>
        )}
        <SkillAdder query={model.query} suggestions={model.suggestions} active={model.active} actions={actions} />
        <LiveMessage message={model.listMessage} testId="list-message" />
        <SkillList
          skills={model.skills}
          loaded={model.loaded}
          onRemove={(id) => void actions.remove(id)}
          onLevel={(id, level) => void actions.setLevel(id, level)}
        />
      </section>

      <section class="card" aria-labelledby="resume-heading">
        <h2 id="resume-heading">Paste a résumé or profile</h2>
        <p class="muted">Role Lens finds the skills it knows in the text; you choose which to add. The text itself is not saved.</p>
        <ResumeFinder text={model.resumeText} found={model.found} engineReady={model.engineReady} actions={actions} />
      </section>

      <section class="card" aria-labelledby="files-heading">
        <h2 id="files-heading">Backup</h2>
        <ImportExport count={model.skills.length} message={model.fileMessage} actions={actions} />
      </section>

      <section class="card" aria-labelledby="place-heading">
        <h2 id="place-heading">Where your list is kept</h2>
        <SkillPlaceChoice
          keepOnDevice={model.keepOnDevice}
          syncedCopy={model.syncedCopy}
          message={model.placeMessage}
          onChange={(on) => void actions.setKeepOnDevice(on)}
          onDeleteSynced={() => void actions.deleteSyncedCopy()}
        />
      </section>

      <section class="card" aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">Highlights in the page</h2>
        <ColourHighlightsOptIn enabled={model.colourHighlights} onChange={(on) => void actions.setColourHighlights(on)} />
      </section>

      <HistoryOptions />

      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <AllSitesOptIn enabled={model.allSites} busy={model.allSitesBusy} error={model.allSitesError} onChange={(on) => void actions.setAllSites(on)} />
      </section>
    </main>
  );
}
