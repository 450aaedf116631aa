/**
 * Pages no extension may read, so the popup says so at once instead of failing to inject.
 * Each entry names the pages it covers.
 */

const BROWSER_SCHEMES = [
  'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'devtools:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'extension:', 'javascript:', 'data:',
];

const STORES: Array<{ host: string; path?: string; name: string }> = [
  { host: 'chromewebstore.google.com', name: 'the Chrome Web Store' },
  { host: 'chrome.google.com', path: '/webstore', name: 'the Chrome Web Store' },
  { host: 'addons.mozilla.org', name: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons', name: 'the Edge Add-ons store' },
];

export interface AccessContext {
  /** Whether the user allowed the extension on file:// URLs (`extension.isAllowedFileSchemeAccess`). */
  fileAccess: boolean;
}

/** Why the extension cannot read this URL, or null if it (probably) can. */
export function inaccessibleReason(url: string | undefined, ctx: AccessContext): string | null {
  if (!url) return null; // unknown: try, and report the injection error if any
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) {
    return 'This is one of the browser’s own pages. Browsers don’t let extensions read them.';
  }
  const store = STORES.find((s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
  if (store) return `Browsers don’t let extensions read ${store.name}.`;
  if (parsed.protocol === 'file:') {
    if (isPdf(parsed)) return pdfReason;
    if (!ctx.fileAccess) {
      return 'This is a file on your computer. To analyse local files, turn on “Allow access to file URLs” for Role Lens on the browser’s extensions page.';
    }
  }
  if (isPdf(parsed)) return pdfReason;
  return null;
}

const pdfReason = 'This page is shown in the browser’s PDF viewer, which extensions can’t read. Open the posting as a web page instead.';

function isPdf(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname);
}
