import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** Chromium as the browser tests start it (tests/e2e/harness.ts), with or without the extension. */
export async function launchBrowser(extensionDir: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'role-lens-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: chromiumArgs(extensionDir),
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
