import type { PopupActions, PopupModel } from './popup-state';
import { AskedFor } from './AskedFor';
import { HighlightToggle } from './HighlightToggle';
import { Notice } from './Notice';
import { NotAskedLine } from './NotAskedLine';
import { ProbablyCovered } from './ProbablyCovered';
import { PopupHeader } from './PopupHeader';
import { PostingFacts } from './PostingFacts';
import { StageNotes } from './StageNotes';
import { RoleList } from './RoleList';
import { SkillSection } from './SkillSection';
import { SoftSkillsLine } from './SoftSkillsLine';
import { StatusPanel } from './StatusPanel';

export interface Props {
  model: PopupModel;
  actions: PopupActions;
}

/** The whole popup, rendered from the model; every change goes through `actions`. */
export function Popup({ model, actions }: Props) {
  const { view } = model;
  const emptyList = model.skillsLoaded && model.skills.length === 0;

  const footer = (
    <footer class="footer">
      <button type="button" class="link-button" onClick={() => void actions.openOptions()} data-testid="open-options">
        Edit my skills ({model.skills.length})
      </button>
      {model.setAside > 0 && (
        <button type="button" class="link-button footer__warning" onClick={() => void actions.openOptions()} data-testid="set-aside">
          Some saved data could not be read: review it
        </button>
      )}
    </footer>
  );

  if (view.kind === 'loading') {
    return (
      <main class="popup">
        <StatusPanel kind="loading" title="Reading the page…" />
      </main>
    );
  }
  if (view.kind === 'inaccessible') {
    return (
      <main class="popup">
        <StatusPanel kind="inaccessible" title="Role Lens can’t access this page">
          <p class="status__text" data-testid="inaccessible-reason">{view.reason}</p>
        </StatusPanel>
        {footer}
      </main>
    );
  }
  if (view.kind === 'error') {
    return (
      <main class="popup">
        <StatusPanel kind="error" title="Something went wrong">
          <p class="status__text">{view.message}</p>
        </StatusPanel>
        {footer}
      </main>
    );
  }
  if (view.kind === 'not-posting') {
    return (
      <main class="popup">
        <StatusPanel kind="not-posting" title="This doesn’t look like a job posting">
          <p class="status__text" data-testid="not-posting-reason">{view.reason}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={() => void actions.analyzeAnyway()}
            disabled={view.analyzing}
            data-testid="analyze-anyway"
          >
            {view.analyzing ? 'Analysing…' : 'Analyze this page anyway'}
          </button>
        </StatusPanel>
        <Notice text={model.notice} />
        {footer}
      </main>
    );
  }

  const { posting, analysis } = view;
  const gap = analysis.gap;
  const reveal = (id: string) => void actions.revealSkill(id);
  const add = (skill: { id: string; name: string }) => void actions.addSkill(skill);
  const notAsked = (skill: { id: string; name: string }, scope: 'posting' | 'never') => void actions.markNotAsked(skill, scope);
  const title = posting.title || analysis.title || 'Job posting';

  return (
    <main class="popup" data-testid="popup-posting">
      <PopupHeader title={title} company={posting.company} validThrough={posting.validThrough} score={emptyList ? undefined : gap.score}>
        <HighlightToggle enabled={model.settings.highlights} onChange={(on) => void actions.setHighlights(on)} />
      </PopupHeader>
      <PostingFacts analysis={analysis} />
      <AskedFor analysis={analysis} />
      <StageNotes notes={view.notes} />
      <Notice text={model.notice} />
      {emptyList && (
        <div class="hint" data-testid="empty-skills-hint">
          <p>
            Your skill list is empty, so every skill shows as missing. Add your skills or paste a résumé to see
            what you really lack.
          </p>
          <button type="button" class="button button--primary" onClick={() => void actions.openOptions()}>
            Add my skills
          </button>
        </div>
      )}
      <RoleList roles={analysis.roles} />
      <SkillSection
        title="Missing — required"
        tone="missing-required"
        testId="missing-required"
        skills={gap.missingRequired}
        onReveal={reveal}
        onAdd={add}
        onNotAsked={notAsked}
        pending={model.pending}
        emptyText={gap.missingPreferred.length + gap.matched.length > 0 ? 'You have every required skill.' : undefined}
      />
      <SkillSection
        title="Missing — nice to have"
        tone="missing-preferred"
        testId="missing-preferred"
        skills={gap.missingPreferred}
        onReveal={reveal}
        onAdd={add}
        onNotAsked={notAsked}
        pending={model.pending}
      />
      <ProbablyCovered skills={gap.probablyCovered ?? []} onConfirm={(list) => void actions.confirmCovered(list)} pending={model.pending} />
      <SoftSkillsLine skills={gap.missingSoft ?? []} />
      <SkillSection title="You have" tone="have" testId="matched" skills={gap.matched} onReveal={reveal} />
      <SkillSection
        title="Related"
        tone="related"
        testId="related"
        skills={gap.related.map((r) => ({ id: r.id, name: r.name, note: `you have ${r.via.name}` }))}
        onReveal={reveal}
        onAdd={add}
        pending={model.pending}
      />
      <NotAskedLine hidden={gap.hidden ?? []} onUndo={(id) => void actions.undoNotAsked(id)} onExport={() => void actions.exportNotAsked()} />
      {analysis.skills.length === 0 && <p class="muted">No skills from the taxonomy were found in this posting.</p>}
      {footer}
    </main>
  );
}
