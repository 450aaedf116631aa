/**
 * The built manifests (run after `npm run build`, with the browser tests): what each browser is
 * asked for. No browser needed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ALL_SITES } from '../../src/extension-contract';
import { ALL_SITES_PERMISSION as REQUESTED } from '../../src/ui/browser-glue';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = (dir: string) => JSON.parse(readFileSync(resolve(here, '../../.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('built manifests', () => {
  test('Firefox (MV2) declares the optional all-sites permission the options page asks for', () => {
    const ff = manifest('firefox-mv2');
    expect(ff.manifest_version).toBe(2);
    // permissions.request({ origins }) in Firefox MV2 needs the origins among optional_permissions.
    for (const origin of REQUESTED.origins) expect(ff.optional_permissions).toContain(origin);
    expect(ff.permissions).not.toContain(ALL_SITES);
  });

  test('Chrome (MV3) declares it as an optional host permission', () => {
    const chrome = manifest('chrome-mv3');
    for (const origin of REQUESTED.origins) expect(chrome.optional_host_permissions).toContain(origin);
    expect(chrome.host_permissions).not.toContain(ALL_SITES);
  });

  test.each(['chrome-mv3', 'firefox-mv2'])('%s: job sites only over HTTPS, nothing else required', (dir) => {
    const m = manifest(dir);
    const hosts = (m.host_permissions ?? (m.permissions as string[]).filter((p) => p.includes('://'))) as string[];
    expect(hosts.length).toBeGreaterThan(5);
    for (const pattern of hosts) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    // The engine's content script is not in the manifest: the background injects it on postings.
    expect(m.content_scripts ?? []).toEqual([]);
  });

  test.each(['chrome-mv3', 'firefox-mv2'])('%s: takes over none of the browser\'s own pages (WXT makes an entrypoint named history, newtab or bookmarks one)', (dir) => {
    const m = manifest(dir);
    expect(m.chrome_url_overrides).toBeUndefined();
    expect(m.chrome_settings_overrides).toBeUndefined();
  });
});
