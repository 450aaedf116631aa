import type { Taxonomy } from '../src/core/schema';

/**
 * Extraction the obvious way, for comparison only: one case-insensitive regular expression per
 * alias, each run over the whole text. Same aliases as the engine's index.
 */
export function createNaiveExtractor(taxonomy: Taxonomy): (text: string) => number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = taxonomy.skills.flatMap((s) =>
    [s.name, ...s.aliases].map((a) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, 'giu')),
  );
  return (text) => {
    let n = 0;
    for (const re of patterns) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
}
