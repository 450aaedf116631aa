import type { SkillRef } from '../core/types';
import { SkillChip, type SkillTone } from './SkillChip';

export interface Props {
  title: string;
  tone: SkillTone;
  skills: Array<SkillRef & { note?: string; flagged?: boolean }>;
  testId: string;
  onReveal?: (skillId: string) => void;
  onAdd?: (skill: SkillRef) => void;
  pending?: readonly string[];
  /** Shown instead of the list when it is empty; the section is hidden if not given. */
  emptyText?: string;
}

export function SkillSection({ title, tone, skills, testId, onReveal, onAdd, pending = [], emptyText }: Props) {
  if (skills.length === 0 && !emptyText) return null;
  const headingId = `${testId}-heading`;
  return (
    <section class={`section section--${tone}`} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} class="section__title">
        <span class={`dot dot--${tone}`} aria-hidden="true" />
        {title}
        <span class="section__count">{skills.length}</span>
      </h2>
      {skills.length === 0 ? (
        <p class="muted">{emptyText}</p>
      ) : (
        <ul class="chips" aria-labelledby={headingId}>
          {skills.map((s) => (
            <SkillChip
              key={s.id}
              skill={s}
              tone={tone}
              note={s.note}
              flagged={s.flagged}
              onReveal={onReveal}
              onAdd={onAdd}
              adding={pending.includes(s.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
