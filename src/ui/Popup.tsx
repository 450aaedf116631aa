import type { SkillRef } from '../core/types';
import type { PopupActions, PopupModel } from './popup-state';
import { AskedFor } from './AskedFor';
import { chipNotes } from './chip-notes';
import { HighlightToggle } from './HighlightToggle';
import { Notice } from './Notice';
import { NotAskedLine } from './NotAskedLine';
import { ProbablyCovered } from './ProbablyCovered';
import { plainNotPostingReason } from './plain-reason';
import { PopupHeader } from './PopupHeader';
import { PostingFacts } from './PostingFacts';
import { StageNotes } from './StageNotes';
import { RoleList } from './RoleList';
import { SkillSection } from './SkillSection';
import { SoftSkillsLine } from './SoftSkillsLine';
import { StatusPanel } from './StatusPanel';
import { Verdict } from './Verdict';

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
        <StatusPanel kind="inaccessible" title="Role Lens can’t read this page">
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
          <p class="status__text" data-testid="not-posting-reason">{plainNotPostingReason(view.reason)}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={() => void actions.analyzeAnyway()}
            disabled={view.analyzing}
            data-testid="analyze-anyway"
          >
            {view.analyzing ? 'Reading…' : 'Read this page anyway'}
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
  const add = (skill: SkillRef) => void actions.addSkill(skill);
  const notAsked = (skill: SkillRef, scope: 'posting' | 'never') => void actions.markNotAsked(skill, scope);
  const title = posting.title || analysis.title || 'Job posting';
  const notes = chipNotes(analysis, model.skills);
  const withNotes = <T extends SkillRef>(list: readonly T[]) => list.map((s) => ({ ...s, ...notes(s.id) }));

  return (
    <main class="popup" data-testid="popup-posting">
      <PopupHeader title={title} company={posting.company} validThrough={posting.validThrough}>
        <HighlightToggle enabled={model.settings.highlights} onChange={(on) => void actions.setHighlights(on)} />
      </PopupHeader>
      <PostingFacts analysis={analysis} />
      <Verdict analysis={analysis} emptyList={emptyList} onStart={() => void actions.openWelcome()} />
      <AskedFor analysis={analysis} />
      <StageNotes notes={view.notes} />
      <Notice text={model.notice} />
      <RoleList roles={analysis.roles} />
      {/* With an empty list every skill is "missing": the same sections, in neutral words and colour. */}
      <SkillSection
        title={emptyList ? 'Required here' : 'Missing — required'}
        tone={emptyList ? 'asked' : 'missing-required'}
        testId={emptyList ? 'asked-required' : 'missing-required'}
        skills={withNotes(gap.missingRequired)}
        onReveal={reveal}
        onAdd={add}
        onNotAsked={notAsked}
        pending={model.pending}
        emptyText={!emptyList && gap.missingPreferred.length + gap.matched.length > 0 ? 'You have every required skill.' : undefined}
      />
      <SkillSection
        title={emptyList ? 'Nice to have here' : 'Missing — nice to have'}
        tone={emptyList ? 'asked' : 'missing-preferred'}
        testId={emptyList ? 'asked-preferred' : 'missing-preferred'}
        skills={withNotes(gap.missingPreferred)}
        onReveal={reveal}
        onAdd={add}
        onNotAsked={notAsked}
        pending={model.pending}
      />
      {!emptyList && (
        <>
          <ProbablyCovered skills={gap.probablyCovered ?? []} onConfirm={(list) => void actions.confirmCovered(list)} pending={model.pending} />
          <SkillSection title="You have" tone="have" testId="matched" skills={withNotes(gap.matched)} onReveal={reveal} />
          <SkillSection
            title="Related — you have a close one"
            tone="related"
            testId="related"
            skills={gap.related.map((r) => ({ id: r.id, name: r.name, ...notes(r.id, `you have ${r.via.name}`) }))}
            onReveal={reveal}
            onAdd={add}
            pending={model.pending}
          />
        </>
      )}
      <SoftSkillsLine skills={gap.missingSoft ?? []} />
      <NotAskedLine hidden={gap.hidden ?? []} onUndo={(id) => void actions.undoNotAsked(id)} onExport={() => void actions.exportNotAsked()} />
      {analysis.skills.length === 0 && <p class="muted">No skills that Role Lens knows were found in this posting.</p>}
      {footer}
    </main>
  );
}
