import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, chromiumArgs, selfSigned } from '../../tests/e2e/harness';
import type { BenchPage } from './pages';

export interface PageServer {
  url(page: BenchPage): string;
  close(): Promise<void>;
}

/**
 * Serves each saved page at its own host, path and query. Page scripts are blocked by the
 * response's CSP (content scripts are exempt from a page's CSP): saved pages' own scripts fail
 * half-way without their servers, and would only add noise to the difference measured.
 */
export async function servePages(dataDir: string, pages: readonly BenchPage[]): Promise<PageServer> {
  const byAddress = new Map(pages.map((p) => [p.at, readFileSync(join(dataDir, p.file))]));
  // https, as the extension claims job sites (a throwaway certificate, as the browser tests use).
  const server = createServer(selfSigned(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const body = byAddress.get(`${host}${req.url ?? '/'}`);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "script-src 'none'" });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => {
      const slash = p.at.indexOf('/');
      return `https://${p.at.slice(0, slash)}:${port}${p.at.slice(slash)}`;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface BenchBrowser {
  ctx: BrowserContext;
  /** The extension's service worker, or null for the browser without it. */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * A page of the extension with one line of text and nothing else (no script, no stylesheet),
 * added to the copy of the build the benchmark loads: its first paint is Chromium's own share of
 * the popup's (the process, the navigation, the HTML read from the extension's folder).
 */
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML = '<!doctype html>\n<html lang="en">\n<head><meta charset="UTF-8"><title>Role Lens</title></head>\n<body><p>Role Lens</p></body>\n</html>\n';

/** Chromium as the browser tests start it (tests/e2e/harness.ts), with or without the extension. */
export async function launchBrowser(extensionDir: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'role-lens-bench-'));
  // A copy of the build, so that the blank page can be added without touching the build itself.
  const copy = extensionDir ? join(profile, 'extension') : null;
  if (extensionDir && copy) {
    cpSync(extensionDir, copy, { recursive: true });
    writeFileSync(join(copy, BLANK_PAGE), BLANK_HTML);
  }
  const ctx = await chromium.launchPersistentContext(join(profile, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: chromiumArgs(copy),
  });
  const worker = extensionDir ? (ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'))) : null;
  return {
    ctx,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
