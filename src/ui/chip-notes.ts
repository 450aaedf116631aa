import type { Analysis, UserSkill } from '../core/types';

/** From how many years asked a skill you are still learning is flagged ("5+ years of NLP"). */
export const LEARNING_FLAG_YEARS = 3;

export interface ChipNote {
  note?: string;
  flagged?: boolean;
}

/**
 * The words after a skill's name in the popup: the years the posting asks for it ("5+ yrs") and,
 * for a skill you marked "Learning", that it counts half, flagged when the posting asks for years
 * of it. `extra` comes first ("you have AWS").
 */
export function chipNotes(analysis: Pick<Analysis, 'skills'>, mine: readonly UserSkill[]): (id: string, extra?: string) => ChipNote {
  const years = new Map(analysis.skills.map((s) => [s.id, s.years]));
  const learning = new Set(mine.filter((s) => s.level === 'learning').map((s) => s.id));
  return (id, extra) => {
    const y = years.get(id) ?? null;
    const parts = extra ? [extra] : [];
    const yearsText = y !== null && y > 0 ? `${y}+ yr${y === 1 ? '' : 's'}` : null;
    let flagged = false;
    if (learning.has(id)) {
      flagged = y !== null && y >= LEARNING_FLAG_YEARS;
      parts.push(flagged ? `learning; asks ${yearsText}` : 'learning');
    } else if (yearsText) parts.push(yearsText);
    return parts.length > 0 ? { note: parts.join(' · '), flagged } : {};
  };
}
