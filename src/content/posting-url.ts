import { siteFor } from '../page/sites';

/** A posting URL of a job site the extension claims (https only, as its host permissions are). */
export function isClaimedPostingUrl(url: string | undefined): boolean {
  if (!url?.startsWith('https://')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return siteFor(parsed)?.isPostingUrl(parsed) ?? false;
}
