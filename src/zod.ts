import { z } from 'zod/mini';
import { englishMessages } from './zod-messages';

/**
 * zod for the extension: `zod/mini`, whose checks are functions, so a bundle carries only what
 * it uses (full zod added about 90 KB to each of the content script, background and pages).
 * The English messages (zod-messages.ts) are configured here once: mini ships none, and users
 * read them when a stored list or an imported file is set aside ("entry 3.name: needs at least 1
 * character").
 * Build-time and test-time data checks (src/core/schema.ts) keep full zod.
 */
z.config({ localeError: englishMessages });

export { z };
