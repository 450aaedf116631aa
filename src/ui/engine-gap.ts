import { loadBundledEngine } from '../bundled-engine';
import type { Analysis, UserSkill } from '../core/types';

/**
 * The popup's exact recompute: the engine's own gap (parents met by children, related siblings,
 * custom names resolved through aliases) over the analysis' skill hits and a new skill list.
 * The popup calls it once it shows a result and is idle: /engine.js is read and unpacked then.
 */
export async function createEngineRecompute(): Promise<(analysis: Analysis, skills: readonly UserSkill[], notAsked?: ReadonlySet<string>) => Analysis> {
  const engine = await loadBundledEngine();
  return (analysis, skills, notAsked) => ({ ...analysis, gap: engine.gap(analysis.skills, skills, notAsked) });
}
