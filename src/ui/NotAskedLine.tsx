import type { SkillRef } from '../core/types';

export interface Props {
  hidden: readonly SkillRef[];
  onUndo: (skillId: string) => void;
  onExport?: () => void;
}

/** The skills hidden as "not asked here", each with its undo, and the report to save. */
export function NotAskedLine({ hidden, onUndo, onExport }: Props) {
  if (hidden.length === 0) return null;
  return (
    <p class="not-asked-line muted" data-testid="not-asked-line">
      Not asked here:{' '}
      {hidden.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ', '}
          {s.name}{' '}
          <button type="button" class="link-button" onClick={() => onUndo(s.id)} aria-label={`Show ${s.name} again`} data-testid={`undo-not-asked-${s.id}`}>
            (undo)
          </button>
        </span>
      ))}
      {onExport && (
        <>
          {' · '}
          <button type="button" class="link-button" onClick={onExport} data-testid="export-not-asked">
            Save a report
          </button>
        </>
      )}
    </p>
  );
}
