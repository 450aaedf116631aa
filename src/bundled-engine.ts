import loadPacked from 'virtual:role-lens-packed-data';
import { createPackedEngine } from './core/engine';
import type { Engine } from './core/types';

/**
 * The engine the extension runs, over the data packed at build time (scripts/pack). Node, the
 * CLI and most tests use src/core/bundled.ts, the same engine over the source data.
 */
let engine: Engine | null = null;

/** Built on first use: unpacking takes a few milliseconds. */
export function getBundledEngine(): Engine {
  engine ??= createPackedEngine(loadPacked());
  return engine;
}

/** The same engine, unpacked only when first asked for something. */
export function lazyBundledEngine(): Engine {
  return {
    analyze: (posting, skills, notAsked) => getBundledEngine().analyze(posting, skills, notAsked),
    gap: (hits, skills, notAsked) => getBundledEngine().gap(hits, skills, notAsked),
    findMentions: (text, options) => getBundledEngine().findMentions(text, options),
    searchSkills: (query, limit) => getBundledEngine().searchSkills(query, limit),
    skill: (id) => getBundledEngine().skill(id),
  };
}
