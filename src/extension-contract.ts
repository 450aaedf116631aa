/**
 * Names that several parts of the extension must spell the same way, defined once.
 * The job sites' match patterns and the all-sites pattern are in src/content/job-sites.ts.
 */

import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Where WXT writes entrypoints/content.ts, which the popup injects on demand (activeTab). Typed
 * with WXT's generated list of the build's files, so a renamed entrypoint fails the typecheck.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' satisfies ScriptPublicPath;

/**
 * The key of the marker a running content script sets in its isolated world (Symbol.for(key)), so
 * a second copy replaces the first and the background does not inject one where one runs.
 */
export const CONTENT_SCRIPT_MARKER = 'role-lens.content';

/** The same file as `scripting.registerContentScripts` takes it (the all-sites opt-in): relative to the root. */
export const CONTENT_SCRIPT_REGISTERED = CONTENT_SCRIPT_FILE.slice(1);
