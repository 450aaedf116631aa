import type { UserSkill } from '../core/types';
import type { SkillLevel } from '../storage/schema';
import { SkillRow } from './SkillRow';

export interface Props {
  skills: UserSkill[];
  loaded: boolean;
  onRemove: (id: string) => void;
  onLevel: (id: string, level: SkillLevel | '') => void;
}

export function SkillList({ skills, loaded, onRemove, onLevel }: Props) {
  if (!loaded) return <p class="muted" role="status">Loading your skills…</p>;
  if (skills.length === 0) {
    return (
      <p class="empty" data-testid="skills-empty">
        No skills yet. Add them one by one above, or paste your résumé below and let Role Lens find them.
      </p>
    );
  }
  const sorted = [...skills].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  return (
    <ul class="skill-list" data-testid="skill-list" aria-label="Your skills">
      {sorted.map((s) => (
        <SkillRow key={s.id} skill={s} onRemove={onRemove} onLevel={onLevel} />
      ))}
    </ul>
  );
}
