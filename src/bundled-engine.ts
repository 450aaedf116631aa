import loadPacked from 'virtual:role-lens-packed-data';
import { createPackedEngine } from './core/engine';
import { unpackRoles, type RuntimeRole } from './core/packed';
import type { Engine } from './core/types';

/**
 * The engine the extension runs, over the data packed at build time (scripts/pack). Node, the
 * CLI and most tests use src/core/bundled.ts, the same engine over the source data, which no
 * part of the extension imports: it would ship the data a second time.
 */
let engine: Engine | null = null;
let roles: RuntimeRole[] | null = null;

function unpack(): void {
  const packed = loadPacked();
  engine = createPackedEngine(packed);
  roles = unpackRoles(packed);
}

/** Built on first use: unpacking takes a few milliseconds. */
export function getBundledEngine(): Engine {
  if (!engine) unpack();
  return engine!;
}

/** The roles as the engine scores them (an extension page's role lists and details). */
export function getBundledRoles(): readonly RuntimeRole[] {
  if (!roles) unpack();
  return roles!;
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
