import type { Engine, SkillRef } from '../core/types';
import type { SkillResolver } from '../storage/import-export';

/**
 * Finds the taxonomy skill a free-text name means, for imported lists of names: an exact name
 * (any case) among the autocomplete results, else an alias that covers the whole name
 * ("k8s" → Kubernetes). Anything else stays a custom skill.
 */
export function createSkillResolver(engine: Pick<Engine, 'searchSkills' | 'findMentions' | 'skill'>): SkillResolver {
  return (name: string): SkillRef | undefined => {
    const wanted = name.trim();
    if (!wanted) return undefined;
    const lower = wanted.toLowerCase();
    const byName = engine.searchSkills(wanted, 10).find((s) => s.name.toLowerCase() === lower);
    if (byName) return byName;
    const mentions = engine.findMentions(wanted);
    const whole = mentions.find((m) => m.span.start === 0 && m.span.end === wanted.length);
    return whole ? engine.skill(whole.skillId) : undefined;
  };
}
