import { useState } from 'preact/hooks';
import type { SkillRef } from '../core/types';
import type { NotAskedScope } from '../storage/not-asked-model';

export interface Props {
  skill: SkillRef;
  onMark: (skill: SkillRef, scope: NotAskedScope) => void;
  /** -1 inside a chip: the chip is one Tab stop and its actions are reached with the arrow keys. */
  tabIndex?: number;
}

/** "This posting doesn't ask for it": a small menu on a chip, for this posting or for good. */
export function NotAskedMenu({ skill, onMark, tabIndex = 0 }: Props) {
  const [open, setOpen] = useState(false);
  const choose = (scope: NotAskedScope) => {
    setOpen(false);
    onMark(skill, scope);
  };
  return (
    <span class="not-asked">
      <button
        type="button"
        class="chip__more"
        tabindex={tabIndex}
        aria-expanded={open}
        aria-label={`${skill.name} is not asked here…`}
        title="Not asked here"
        onClick={() => setOpen(!open)}
        data-testid={`not-asked-${skill.id}`}
      >
        ⋯
      </button>
      {open && (
        <span class="not-asked__menu" role="group" aria-label={`Hide ${skill.name}`}>
          <button type="button" class="link-button" onClick={() => choose('posting')} data-testid={`not-asked-here-${skill.id}`}>
            Not asked in this posting
          </button>
          <button type="button" class="link-button" onClick={() => choose('never')} data-testid={`never-show-${skill.id}`}>
            Never show {skill.name}
          </button>
        </span>
      )}
    </span>
  );
}
