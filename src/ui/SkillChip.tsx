import type { SkillRef } from '../core/types';
import type { NotAskedScope } from '../storage/not-asked-model';
import { NotAskedMenu } from './NotAskedMenu';

export type SkillTone = 'have' | 'missing-required' | 'missing-preferred' | 'related' | 'asked';

export interface Props {
  skill: SkillRef;
  tone: SkillTone;
  /** Scroll the page to the skill's first mention. */
  onReveal?: (skillId: string) => void;
  /** "I have this": shown as a + button when given. */
  onAdd?: (skill: SkillRef) => void;
  adding?: boolean;
  /** Extra words after the name ("you have AWS", "5+ yrs"). */
  note?: string;
  /** The note is a warning ("you're learning it; asks 5+ years"). */
  flagged?: boolean;
  /** "Not asked here": shown as a small menu when given (reached with the arrow keys, like "+"). */
  onNotAsked?: (skill: SkillRef, scope: NotAskedScope) => void;
}

/**
 * Moves focus between a chip's buttons with the arrow keys, so that each chip is one Tab stop
 * (its first button) and its other action is one arrow key away.
 */
function onChipKey(e: KeyboardEvent) {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
  const chip = (e.currentTarget as HTMLElement | null)?.closest('.chip');
  const buttons = chip ? [...chip.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')] : [];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0 || buttons.length < 2) return;
  e.preventDefault();
  buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]!.focus();
}

/** A skill as a coloured chip (the colours of the page highlights); the name is a button that reveals it in the page. */
export function SkillChip({ skill, tone, onReveal, onAdd, adding = false, note, flagged = false, onNotAsked }: Props) {
  const first = onReveal ? 'reveal' : 'add';
  return (
    <li class={`chip chip--${tone}${flagged ? ' chip--flagged' : ''}`} data-testid={`skill-${skill.id}`} onKeyDown={onChipKey}>
      {onReveal ? (
        <button
          type="button"
          class="chip__name"
          tabindex={0}
          onClick={() => onReveal(skill.id)}
          title={onAdd ? 'Show in the page (→ for “I have this”)' : 'Show in the page'}
          aria-label={`${skill.name}${note ? `, ${note}` : ''}: show in the page`}
        >
          {skill.name}
        </button>
      ) : (
        <span class="chip__name">{skill.name}</span>
      )}
      {note && (
        <span class="chip__note" aria-hidden={onReveal ? 'true' : undefined}>
          {note}
        </span>
      )}
      {onAdd && (
        <button
          type="button"
          class="chip__add"
          tabindex={first === 'add' ? 0 : -1}
          onClick={() => onAdd(skill)}
          disabled={adding}
          aria-label={`I have ${skill.name}: add it to my skills`}
          title="I have this"
          data-testid={`add-skill-${skill.id}`}
        >
          +
        </button>
      )}
      {onNotAsked && <NotAskedMenu skill={skill} onMark={onNotAsked} tabIndex={onReveal || onAdd ? -1 : 0} />}
    </li>
  );
}
