import type { SkillRef } from '../core/types';

export interface Props {
  skills: readonly SkillRef[];
}

/** Soft skills the posting asks for, apart from the hard ones: they are not counted in the score. */
export function SoftSkillsLine({ skills }: Props) {
  if (skills.length === 0) return null;
  return (
    <p class="soft-line" data-testid="soft-skills" title="Soft skills: shown apart, not counted in the match">
      <span class="soft-line__label">Also asks for:</span> {skills.map((s) => s.name.toLowerCase()).join(', ')}
    </p>
  );
}
