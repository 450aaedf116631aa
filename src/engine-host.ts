import loadPacked from 'virtual:role-lens-packed-data';
import { createPackedEngine } from './core/engine';
import { unpackRoles, type RuntimeRole } from './core/packed';
import type { Engine } from './core/types';
import { setEngineHost } from './engine-global';

/**
 * What /engine.js runs (entrypoints/engine.ts): publishes the engine over the data packed at
 * build time (scripts/pack) on the global of its world. Node, the CLI and most tests use
 * src/core/bundled.ts, the same engine over the source data.
 */
export function publishEngine(): void {
  let engine: Engine | null = null;
  let roles: RuntimeRole[] | null = null;
  const unpack = () => {
    const packed = loadPacked();
    engine = createPackedEngine(packed);
    roles = unpackRoles(packed);
  };
  setEngineHost({
    engine() {
      if (!engine) unpack();
      return engine!;
    },
    roles() {
      if (!roles) unpack();
      return roles!;
    },
  });
}
