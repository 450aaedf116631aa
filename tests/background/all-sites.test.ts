import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_REGISTERED } from '../../src/extension-contract';
import { ALL_SITES_SCRIPT_ID, syncAllSitesScript, type AllSitesApi } from '../../src/background/all-sites';
import { CONTENT_MATCHES } from '../../src/content/job-sites';

function fake(granted: boolean) {
  const registered = new Map<string, { matches: string[]; excludeMatches: string[]; js: string[] }>();
  const api: AllSitesApi = {
    permissions: { contains: async () => granted },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) =>
        ids.flatMap((id) => {
          const s = registered.get(id);
          return s ? [{ id, js: s.js }] : [];
        }),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error('duplicate id');
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
    },
  };
  return {
    api,
    registered,
    set granted(v: boolean) {
      granted = v;
    },
  };
}

describe('all-sites opt-in', () => {
  test('granted: the content script is registered everywhere but the job sites, once', async () => {
    const f = fake(true);
    expect(await syncAllSitesScript(f.api)).toBe(true);
    expect(await syncAllSitesScript(f.api)).toBe(true);
    expect(f.registered.get(ALL_SITES_SCRIPT_ID)).toEqual({
      id: ALL_SITES_SCRIPT_ID,
      matches: ['*://*/*'],
      excludeMatches: CONTENT_MATCHES,
      js: ['engine.js', 'content-scripts/content.js'],
      runAt: 'document_idle',
    });
  });

  test('a registration an older version made with other files is made again', async () => {
    const f = fake(true);
    f.registered.set(ALL_SITES_SCRIPT_ID, { matches: ['*://*/*'], excludeMatches: CONTENT_MATCHES, js: ['content-scripts/content.js'] });
    expect(await syncAllSitesScript(f.api)).toBe(true);
    expect(f.registered.get(ALL_SITES_SCRIPT_ID)?.js).toEqual([...CONTENT_SCRIPT_REGISTERED]);
  });

  test('revoked: unregistered', async () => {
    const f = fake(true);
    await syncAllSitesScript(f.api);
    f.granted = false;
    expect(await syncAllSitesScript(f.api)).toBe(false);
    expect(f.registered.size).toBe(0);
  });
});
