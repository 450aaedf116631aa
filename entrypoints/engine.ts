import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEngine } from '../src/engine-host';

/**
 * /engine.js: the engine and its packed data, once in the extension. The background injects it
 * before the content script (CONTENT_SCRIPT_FILES), the pages load it when they need it.
 */
export default defineUnlistedScript(() => publishEngine());
