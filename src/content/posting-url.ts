import { siteUrlsFor } from '../page/sites/urls';

/** A posting URL of a job site the extension claims (https only, as its host permissions are). */
export function isClaimedPostingUrl(url: string | undefined): boolean {
  if (!url?.startsWith('https://')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return siteUrlsFor(parsed)?.isPostingUrl(parsed) ?? false;
}
