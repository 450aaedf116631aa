import { BUNDLED_TAXONOMY } from '../core/bundled';
import { computeGap, resolveUserSkills } from '../core/gap';
import { createMatcher } from '../core/matcher';
import type { Analysis, UserSkill } from '../core/types';

/**
 * The popup's exact recompute: the engine's own gap (parents met by children, related siblings,
 * custom names resolved through aliases) over the analysis' skill hits and a new skill list.
 * Loaded with a dynamic import so the popup paints before the taxonomy index is built.
 *
 * It reaches into src/core (createMatcher(...).index, computeGap) because the `Engine` interface
 * has no gap-only method; an `Engine.gap(hits, userSkills)` would let this use getBundledEngine().
 */
export function createEngineRecompute(): (analysis: Analysis, skills: readonly UserSkill[]) => Analysis {
  const index = createMatcher(BUNDLED_TAXONOMY).index;
  return (analysis, skills) => ({ ...analysis, gap: computeGap(analysis.skills, resolveUserSkills(skills, index), index) });
}
