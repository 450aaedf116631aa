import loadPacked from 'virtual:role-lens-packed-data';
import { createPackedEngine } from './core/engine';
import { unpackRoles, type RuntimeRole } from './core/packed';
import type { Engine } from './core/types';
import { setEngineHost } from './engine-global';
import { ENGINE_MODULES } from './engine-modules';

/**
 * What /engine.js runs (entrypoints/engine.ts): publishes the engine over the data packed at
 * build time (scripts/pack) on the global of its world. Node, the CLI and most tests use
 * src/core/bundled.ts, the same engine over the source data.
 */
export function publishEngine(): void {
  let engine: Engine | null = null;
  let roles: RuntimeRole[] | null = null;
  // Each parses the packed data for itself and lets it go: the content script asks only for the
  // engine (which unpacks the roles it ranks by), and keeping the parsed data for a later roles()
  // would hold it in every job tab.
  setEngineHost({
    engine() {
      engine ??= createPackedEngine(loadPacked());
      return engine;
    },
    roles() {
      roles ??= unpackRoles(loadPacked());
      return roles;
    },
    modules: ENGINE_MODULES,
  });
}
