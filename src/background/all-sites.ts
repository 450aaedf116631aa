import { CONTENT_MATCHES } from '../content/job-sites';
import { ALL_SITES, CONTENT_SCRIPT_REGISTERED } from '../extension-contract';

/**
 * The "analyse job postings on all sites" opt-in: while the optional all-sites host permission
 * is granted (the options page asks for it), the content script is registered for every site
 * except the job sites the manifest already covers. The permission is the source of truth: the
 * user can also revoke it from the browser's own extension settings.
 */
export const ALL_SITES_SCRIPT_ID = 'role-lens-all-sites';

export interface AllSitesApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string; js?: string[] }>>;
    registerContentScripts(scripts: Array<{ id: string; matches: string[]; excludeMatches: string[]; js: string[]; runAt: 'document_idle' }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
}

/** Registers or unregisters the all-sites script to match the permission; returns whether it is on. */
export async function syncAllSitesScript(api: AllSitesApi): Promise<boolean> {
  const granted = await api.permissions.contains({ origins: [ALL_SITES] });
  const [script] = await api.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  // Registrations outlive updates: one made by a version with other files (before the engine
  // was a file of its own) is made again.
  const stale = script !== undefined && script.js !== undefined && script.js.join('\n') !== CONTENT_SCRIPT_REGISTERED.join('\n');
  if (granted && stale) await api.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  const registered = script !== undefined && !stale;
  if (granted && !registered) {
    await api.scripting.registerContentScripts([
      { id: ALL_SITES_SCRIPT_ID, matches: [ALL_SITES], excludeMatches: [...CONTENT_MATCHES], js: [...CONTENT_SCRIPT_REGISTERED], runAt: 'document_idle' },
    ]);
  } else if (!granted && registered) {
    await api.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
  return granted;
}
