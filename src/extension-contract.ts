/**
 * Names that several parts of the extension must spell the same way, defined once.
 * The job sites' match patterns are in src/content/job-sites.ts.
 */

import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Where WXT writes entrypoints/content.ts and entrypoints/engine.ts. Typed with WXT's generated
 * list of the build's files, so a renamed entrypoint fails the typecheck.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' satisfies ScriptPublicPath;
/** The engine and its packed data (src/engine-global.ts), once in the extension. */
export const ENGINE_FILE = '/engine.js' satisfies ScriptPublicPath;

/**
 * What every injection of the content script injects (the background on postings, the popup on
 * demand), in order: the engine first, into the same isolated world.
 */
export const CONTENT_SCRIPT_FILES: readonly ScriptPublicPath[] = [ENGINE_FILE, CONTENT_SCRIPT_FILE];

/**
 * The key of the marker a running content script sets in its isolated world (Symbol.for(key)), so
 * a second copy replaces the first and the background does not inject one where one runs.
 */
export const CONTENT_SCRIPT_MARKER = 'role-lens.content';

/** The same files as `scripting.registerContentScripts` takes them (the all-sites opt-in): relative to the root. */
export const CONTENT_SCRIPT_REGISTERED: readonly string[] = CONTENT_SCRIPT_FILES.map((f) => f.slice(1));

/** The optional host permission behind the "analyse all sites" opt-in. */
export const ALL_SITES = '*://*/*';
