/**
 * The job sites the content script runs on by itself, and the manifest's only host permissions
 * (wxt.config.ts imports this list), generated from the site adapters' hosts: one source.
 * Everywhere else the popup analyses on demand (activeTab), or the user opts in to all sites
 * (ALL_SITES, in src/extension-contract.ts: the pages import it without the adapters).
 * LinkedIn is matched whole because it moves from the feed to a posting without a page load.
 * `https://` only: every one of these sites serves nothing else (and redirects plain HTTP), so
 * access to their `http://` pages would be a permission unused.
 */
import { SITE_URLS } from '../page/sites/urls';

/** `https://<host>/*` for every host an adapter owns ("*.x.com" covers x.com and its subdomains). */
export const CONTENT_MATCHES: string[] = [...new Set(SITE_URLS.flatMap((site) => site.hosts.map((host) => `https://${host}/*`)))];
