import type { RuntimeRole } from './core/packed';
import type { Engine } from './core/types';

/**
 * The contract between the one engine file the extension ships (entrypoints/engine.ts, built as
 * /engine.js: the engine's code and its packed data) and the scripts that use it. The content
 * script is injected after it into the same isolated world; the extension's pages load it with a
 * <script> element when they first need it (src/bundled-engine.ts). One copy of the data and the
 * engine in the extension, instead of one inlined in the content script and one in the pages.
 */
export interface EngineHost {
  /** Built on first use: unpacking takes a few milliseconds. */
  engine(): Engine;
  /** The roles as the engine scores them. */
  roles(): readonly RuntimeRole[];
  /** The modules of src/core the content script takes from here (src/engine-modules.ts), by path. */
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Symbol.for(key) on the global of the world that evaluated /engine.js (page scripts never see an isolated world's globals). */
export const ENGINE_GLOBAL = 'role-lens.engine';

type WithHost = typeof globalThis & { [key: symbol]: EngineHost | undefined };

export function engineHost(): EngineHost | undefined {
  return (globalThis as WithHost)[Symbol.for(ENGINE_GLOBAL)];
}

export function setEngineHost(host: EngineHost): void {
  (globalThis as WithHost)[Symbol.for(ENGINE_GLOBAL)] ??= host;
}
