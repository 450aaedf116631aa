import type { SkillRef } from '../core/types';
import type { NotAskedScope } from '../storage/not-asked-model';
import { NotAskedMenu } from './NotAskedMenu';

export type SkillTone = 'have' | 'missing-required' | 'missing-preferred' | 'related';

export interface Props {
  skill: SkillRef;
  tone: SkillTone;
  /** Scroll the page to the skill's first mention. */
  onReveal?: (skillId: string) => void;
  /** "I have this": shown as a + button when given. */
  onAdd?: (skill: SkillRef) => void;
  adding?: boolean;
  /** Extra words after the name ("you have AWS"). */
  note?: string;
  /** "Not asked here": shown as a small menu when given. */
  onNotAsked?: (skill: SkillRef, scope: NotAskedScope) => void;
}

/** A skill as a coloured chip (the colours of the page highlights); the name is a button that reveals it in the page. */
export function SkillChip({ skill, tone, onReveal, onAdd, adding = false, note, onNotAsked }: Props) {
  return (
    <li class={`chip chip--${tone}`} data-testid={`skill-${skill.id}`}>
      {onReveal ? (
        <button type="button" class="chip__name" onClick={() => onReveal(skill.id)} title="Show in the page">
          {skill.name}
        </button>
      ) : (
        <span class="chip__name">{skill.name}</span>
      )}
      {note && <span class="chip__note">{note}</span>}
      {onAdd && (
        <button
          type="button"
          class="chip__add"
          onClick={() => onAdd(skill)}
          disabled={adding}
          aria-label={`I have ${skill.name}: add it to my skills`}
          title="I have this"
          data-testid={`add-skill-${skill.id}`}
        >
          +
        </button>
      )}
      {onNotAsked && <NotAskedMenu skill={skill} onMark={onNotAsked} />}
    </li>
  );
}
