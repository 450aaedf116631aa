import type { SkillCategory } from '../../src/core/schema';

/** Options of one curated entry. */
export interface CuratedOpts {
  /** Parent id; `null` removes the section's default parent. */
  p?: string | null;
  /** Related ids (made symmetric by the build). */
  r?: readonly string[];
  /** Everyday word: counted only in exact case and with evidence nearby. */
  amb?: true;
  /** Category, when it differs from the section's. */
  cat?: SkillCategory;
  /** O*NET Technology Skills example names this entry stands for, when the automatic match misses them. */
  onet?: readonly string[];
  /** ESCO preferred labels this entry stands for, when the automatic match misses them. */
  esco?: readonly string[];
}

/** [id, display name, aliases, options] */
export type CuratedEntry = readonly [id: string, name: string, aliases?: readonly string[], opts?: CuratedOpts];

export interface CuratedSection {
  category: SkillCategory;
  /** Default parent of the section's entries. */
  parent?: string;
  entries: readonly CuratedEntry[];
}
