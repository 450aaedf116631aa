/**
 * Addresses of the comparison page, built and read in one place: `compare.html?roles=a,b` and,
 * from a posting, `&asked=<skill ids>` so the page can tick what the posting asks for.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Enough for a long posting's skills; more would make an address no browser wants. */
const MAX_ASKED = 120;

export function compareHref(roleIds: readonly string[], asked: readonly string[] = []): string {
  const params = new URLSearchParams({ roles: roleIds.slice(0, 3).join(',') });
  const ids = asked.filter((id) => ID.test(id)).slice(0, MAX_ASKED);
  if (ids.length > 0) params.set('asked', ids.join(','));
  return `compare.html?${params.toString()}`;
}

export interface CompareRequest {
  roleIds: string[];
  asked: string[];
}

/** The page's own address, untrusted: only ids survive. */
export function readCompareSearch(search: string): CompareRequest {
  const params = new URLSearchParams(search);
  const list = (key: string) =>
    (params.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => ID.test(s));
  return { roleIds: [...new Set(list('roles'))].slice(0, 3), asked: list('asked').slice(0, MAX_ASKED) };
}
