/**
 * Browser-test harness: the built extension (.output/chrome-mv3) in Debian's Chromium, driven by
 * playwright-core, with job-site pages served over https from 127.0.0.1 under their real host
 * names (`--host-resolver-rules` maps every name to 127.0.0.1; the manifest's match patterns are
 * https and carry no port, and Chromium then matches any port). The certificate is a throwaway
 * self-signed one made with openssl; Chromium is told to accept it. The pages are the same
 * fixtures the unit tests read (tests/fixtures/pages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API. Type-only: nothing is emitted, the name resolves over there.
declare const chrome: typeof import('@wxt-dev/browser').browser;

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? resolve(here, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** host + path prefix → fixture file. Query strings are ignored (the page reads them itself). */
const ROUTES: Array<{ host: string; path: RegExp; file: string }> = [
  // Signed-in LinkedIn (hashed classes, data in hidden <code>): the feed and its job views (tests/e2e/sites.test.ts).
  { host: 'www.linkedin.com', path: /^\/(feed\/?|jobs\/view\/41000001\d\d\/?)$/, file: 'linkedin-signed-in.html' },
  { host: 'www.linkedin.com', path: /^\/jobs\/view\//, file: 'linkedin-view-styled.html' },
  // Sites added with their adapters (tests/e2e/sites.test.ts).
  { host: 'www.seek.com.au', path: /^\/job\/81234567$/, file: 'seek-posting.html' },
  { host: 'northwind.taleo.net', path: /^\/careersection\/2\/jobdetail\.ftl$/, file: 'taleo-jobdetail.html' },
  { host: 'careers-northwind.icims.com', path: /^\/jobs\/4521\//, file: 'icims-posting.html' },
  { host: 'www.linkedin.com', path: /^\/jobs\/search\/?$/, file: 'linkedin-search-styled.html' },
  { host: 'job-boards.greenhouse.io', path: /^\/fabrikam\/jobs\/\d+$/, file: 'greenhouse-fabrikam.html' },
  { host: 'www.indeed.com', path: /^\/about$/, file: 'indeed-about.html' },
];

export interface FixtureServer {
  port: number;
  /** `https://<host>:<port><path>` */
  url(host: string, path: string): string;
  /** Every request the server got, as `host path`. */
  requests: string[];
  close(): Promise<void>;
}

const FIXTURES = resolve(here, '../fixtures/pages');

/** A self-signed certificate for every host the tests serve (Chromium runs with --ignore-certificate-errors). */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'role-lens-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=role-lens-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(throwawayCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${host} ${req.url ?? ''}`);
    const route = ROUTES.find((r) => r.host === host && r.path.test(path));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES, route.file)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (host, path) => `https://${host}:${port}${path}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Browser {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request seen by the browser context (pages, popup, service worker). */
  requests: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'role-lens-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--host-resolver-rules=MAP * 127.0.0.1',
      '--ignore-certificate-errors',
    ],
  });
  const requests: string[] = [];
  ctx.on('request', (req) => void requests.push(req.url()));
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    worker,
    extensionId,
    requests,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The current service worker (a new one after a restart). */
export function serviceWorker(b: Browser): Worker {
  return b.ctx.serviceWorkers()[0] ?? b.worker;
}

/** The tab id of a page, asked of the service worker (host permission lets it see job-site URLs). */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  const url = page.url();
  const id = await serviceWorker(b).evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

export async function badgeText(b: Browser, tabId: number): Promise<string> {
  return serviceWorker(b).evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColor(b: Browser, tabId: number): Promise<number[]> {
  return serviceWorker(b).evaluate(async (id: number) => [...(await chrome.action.getBadgeBackgroundColor({ tabId: id }))], tabId);
}

/** Polls `fn` until it returns something accepted by `ok` (default: truthy). */
export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean = Boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

/** What the page's highlight registry holds: names and range counts (read in the page, as a page script could). */
export async function highlightSummary(page: Page): Promise<{ names: string[]; ranges: number; texts: string[] }> {
  return page.evaluate(() => {
    const names: string[] = [];
    let ranges = 0;
    const texts: string[] = [];
    CSS.highlights.forEach((h, name) => {
      names.push(name);
      ranges += h.size;
      h.forEach((r) => void texts.push(r.toString()));
    });
    return { names, ranges, texts };
  });
}

/** Opens the popup for a tab the way the tests do: popup.html?tabId=N in a normal tab. */
export async function openPopup(b: Browser, tabId: number): Promise<Page> {
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Replaces the user's skill list from an extension page, through the storage module's format. */
export async function setSkillList(b: Browser, skills: Array<{ id: string; name: string }>): Promise<void> {
  await serviceWorker(b).evaluate(async (list) => {
    await chrome.storage.sync.set({ skills: list, skills$: { v: 2 } });
    await chrome.storage.local.remove(['skills', 'skills$']);
  }, skills);
}

/**
 * The viewport point in the middle of a word inside the list item containing `itemText`, after
 * optionally scrolling that list's heading into view: where to put the mouse to hover a skill.
 */
export async function pointInWord(page: Page, itemText: string, word: string, scrollToList = false): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([item, w, scroll]) => {
      const li = [...document.querySelectorAll('li')].find((el) => el.textContent?.includes(item))!;
      if (scroll) {
        li.closest('ul')!.previousElementSibling!.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -120);
      }
      const text = li.firstChild as Text;
      const middle = text.data.indexOf(w) + Math.floor(w.length / 2);
      const range = document.createRange();
      range.setStart(text, middle);
      range.setEnd(text, middle + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [itemText, word, scrollToList] as const,
  );
}
