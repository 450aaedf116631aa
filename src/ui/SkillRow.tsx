import type { UserSkill } from '../core/types';
import { SKILL_LEVELS, type SkillLevel } from '../storage/schema';

export interface Props {
  skill: UserSkill;
  onRemove: (id: string) => void;
  onLevel: (id: string, level: SkillLevel | '') => void;
}

const LEVEL_LABEL: Record<SkillLevel, string> = { learning: 'Learning', working: 'Working', expert: 'Expert' };

export function SkillRow({ skill, onRemove, onLevel }: Props) {
  const custom = skill.id.startsWith('custom:');
  return (
    <li class="skill-row" data-testid={`my-skill-${skill.id}`}>
      <span class="skill-row__name">
        {skill.name}
        {custom && <span class="tag" title="Not in the skill taxonomy: matched by its exact name only">custom</span>}
      </span>
      <select
        class="select"
        aria-label={`Level for ${skill.name}`}
        value={skill.level ?? ''}
        onChange={(e) => onLevel(skill.id, e.currentTarget.value as SkillLevel | '')}
      >
        <option value="">Any level</option>
        {SKILL_LEVELS.map((l) => (
          <option key={l} value={l}>
            {LEVEL_LABEL[l]}
          </option>
        ))}
      </select>
      <button type="button" class="icon-button" aria-label={`Remove ${skill.name}`} title="Remove" onClick={() => onRemove(skill.id)} data-testid={`remove-${skill.id}`}>
        ×
      </button>
    </li>
  );
}
