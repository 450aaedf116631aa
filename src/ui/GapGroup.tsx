import type { SkillRef } from '../core/types';
import type { NotAskedScope } from '../storage/not-asked-model';
import { SkillChip, type SkillTone } from './SkillChip';

export interface Props {
  members: readonly SkillRef[];
  tone: SkillTone;
  onReveal?: (skillId: string) => void;
  onAdd?: (skill: SkillRef) => void;
  pending?: readonly string[];
  onNotAsked?: (skill: SkillRef, scope: NotAskedScope) => void;
}

/** "One of: EKS, ECS, AKS": alternatives any of which meets the ask, as one line. */
export function GapGroup({ members, tone, onReveal, onAdd, pending = [], onNotAsked }: Props) {
  return (
    <li class="chip-group" data-testid={`group-${members.map((m) => m.id).join('-')}`}>
      <span class="chip-group__label">One of:</span>
      <ul class="chips chips--inline">
        {members.map((s) => (
          <SkillChip key={s.id} skill={s} tone={tone} onReveal={onReveal} onAdd={onAdd} adding={pending.includes(s.id)} onNotAsked={onNotAsked} />
        ))}
      </ul>
    </li>
  );
}
