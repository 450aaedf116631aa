import type { GapSkill, SkillRef } from '../core/types';
import type { NotAskedScope } from '../storage/not-asked-model';
import { GapGroup } from './GapGroup';
import { groupAsks } from './group-asks';
import { SkillChip, type SkillTone } from './SkillChip';

export interface Props {
  title: string;
  tone: SkillTone;
  skills: Array<GapSkill & { note?: string; flagged?: boolean }>;
  testId: string;
  onReveal?: (skillId: string) => void;
  onAdd?: (skill: SkillRef) => void;
  pending?: readonly string[];
  /** Shown instead of the list when it is empty; the section is hidden if not given. */
  emptyText?: string;
  onNotAsked?: (skill: SkillRef, scope: NotAskedScope) => void;
}

export function SkillSection({ title, tone, skills, testId, onReveal, onAdd, pending = [], emptyText, onNotAsked }: Props) {
  if (skills.length === 0 && !emptyText) return null;
  // Alternatives are one ask: one line, counted once.
  const asks = groupAsks(skills);
  const headingId = `${testId}-heading`;
  return (
    <section class={`section section--${tone}`} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} class="section__title">
        <span class={`dot dot--${tone}`} aria-hidden="true" />
        {title}
        <span class="section__count">{asks.length}</span>
      </h2>
      {skills.length === 0 ? (
        <p class="muted">{emptyText}</p>
      ) : (
        <ul class="chips" aria-labelledby={headingId}>
          {asks.map((a) =>
            a.length > 1 ? (
              <GapGroup key={a[0]!.id} members={a} tone={tone} onReveal={onReveal} onAdd={onAdd} pending={pending} onNotAsked={onNotAsked} />
            ) : (
              <SkillChip
                key={a[0]!.id}
                skill={a[0]!}
                tone={tone}
                note={a[0]!.note ?? (a[0]!.anyOf ? 'or similar' : undefined)}
                flagged={a[0]!.flagged}
                onReveal={onReveal}
                onAdd={onAdd}
                adding={pending.includes(a[0]!.id)}
                onNotAsked={onNotAsked}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
