import type { RuntimeRole } from './core/packed';
import type { Engine } from './core/types';
import { ENGINE_FILE } from './extension-contract';
import { engineHost, type EngineHost } from './engine-global';

/**
 * The engine the extension runs, published by /engine.js (src/engine-global.ts): the content
 * script finds it there, injected just before it; an extension page loads it with
 * `loadBundledEngine()`. Node, the CLI and most tests use src/core/bundled.ts, the same engine
 * over the source data, which no part of the extension imports: it would ship the data again.
 */
function host(): EngineHost {
  const h = engineHost();
  if (!h) throw new Error(`The engine (${ENGINE_FILE}) is not loaded.`);
  return h;
}

export function getBundledEngine(): Engine {
  return host().engine();
}

/** The roles as the engine scores them (an extension page's role lists and details). */
export function getBundledRoles(): readonly RuntimeRole[] {
  return host().roles();
}

let loading: Promise<Engine> | null = null;

/**
 * An extension page's engine: /engine.js loaded once through a <script> element (the pages'
 * policy allows the extension's own files), then unpacked.
 */
export function loadBundledEngine(doc: Document = document): Promise<Engine> {
  if (engineHost()) return Promise.resolve(getBundledEngine());
  loading ??= new Promise<Engine>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = ENGINE_FILE;
    script.onload = () => {
      try {
        resolve(getBundledEngine());
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    script.onerror = () => {
      loading = null;
      reject(new Error(`The engine (${ENGINE_FILE}) could not be loaded.`));
    };
    doc.head.append(script);
  });
  return loading;
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
