import type { BrowserContext, Worker } from 'playwright-core';
import { BLANK_PAGE, type BenchBrowser } from './launch';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API. Type-only: nothing is emitted, the name resolves over there.
declare const chrome: typeof import('@wxt-dev/browser').browser;

/** One page load, in one browser. */
export interface LoadFigures {
  /** Bytes of extension script the page's renderer parsed (content scripts, injected scripts). */
  extensionBytes: number;
  /** Main-thread script time of the page (Performance.getMetrics ScriptDuration), ms. */
  scriptMs: number;
  /** JS heap used after a forced garbage collection, bytes. */
  heap: number;
  /** From the navigation's start to the toolbar badge showing a figure, ms; null without one. */
  badgeMs: number | null;
  /** From the page's load event to the badge: the extension's own share of badgeMs. */
  badgeAfterLoadMs: number | null;
  /** Navigation start → DOMContentLoaded done, and → load event done, ms. */
  domReadyMs: number;
  loadMs: number;
  /** Navigation start → the extension's first script parsed in the page (the injection), ms; null without one. */
  injectedMs: number | null;
}

/** How long a page is left alone after `load` before its figures are read. */
export const SETTLE_MS = 1500;

/** Polls the badge of a tab from inside the service worker; resolves with the epoch ms it was set, or null. */
async function badgeSetAt(worker: Worker, tabId: number, timeout: number): Promise<number | null> {
  return worker.evaluate(
    async ([id, limit]) => {
      const end = Date.now() + limit;
      while (Date.now() < end) {
        if ((await chrome.action.getBadgeText({ tabId: id })) !== '') return Date.now();
        await new Promise((r) => setTimeout(r, 4));
      }
      return null;
    },
    [tabId, timeout] as const,
  );
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
}

/** Loads `url` in a new tab of `b`, waits, and reads the figures through the DevTools protocol. */
export async function loadOnce(b: BenchBrowser, url: string, expectBadge: boolean): Promise<LoadFigures> {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  let extensionBytes = 0;
  let injectedAt: number | null = null;
  cdp.on('Debugger.scriptParsed', (e) => {
    if (!e.url.startsWith('chrome-extension://')) return;
    extensionBytes += e.length ?? 0;
    injectedAt ??= Date.now();
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'commit' });
  let badge: Promise<number | null> = Promise.resolve(null);
  if (b.worker && expectBadge) {
    const tabId = await tabIdOf(b.worker, page.url());
    if (tabId >= 0) badge = badgeSetAt(b.worker, tabId, 10_000);
  }
  await page.waitForLoadState('load');
  const { origin, loadEnd, domReady } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { origin: performance.timeOrigin, loadEnd: nav?.loadEventEnd ?? NaN, domReady: nav?.domContentLoadedEventEnd ?? NaN };
  });
  const badgeAt = await badge;
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  await page.close();
  return {
    extensionBytes,
    scriptMs: metric('ScriptDuration') * 1000,
    heap: metric('JSHeapUsedSize'),
    badgeMs: badgeAt === null ? null : badgeAt - origin,
    badgeAfterLoadMs: badgeAt === null ? null : badgeAt - origin - loadEnd,
    domReadyMs: domReady,
    loadMs: loadEnd,
    injectedMs: injectedAt === null ? null : injectedAt - origin,
  };
}

export interface PopupFigures {
  /** First contentful paint of the extension's blank page, opened just before the popup: the floor. */
  blankPaintMs: number;
  /** First contentful paint of the popup, ms from its navigation. */
  firstPaintMs: number;
  /** When the first role of the list was in the DOM, ms from its navigation. */
  roleListMs: number;
}

/**
 * Opens the popup for the tab showing `url` (as the browser tests do: popup.html?tabId=N in a
 * tab) and times its first paint and its role list.
 */
export async function popupOnce(b: BenchBrowser, url: string): Promise<PopupFigures | null> {
  if (!b.worker || !b.extensionId) return null;
  const job = await b.ctx.newPage();
  await job.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, job.url());
  const got = await badgeSetAt(b.worker, tabId, 10_000);
  const blank = await b.ctx.newPage();
  await blank.setViewportSize({ width: 400, height: 600 });
  await blank.goto(`chrome-extension://${b.extensionId}/${BLANK_PAGE}`);
  await blank.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
  const blankPaintMs = await blank.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await blank.close();
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.addInitScript(() => {
    const w = window as unknown as { roleListAt?: number };
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="role-item"]')) {
        w.roleListAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  let figures: PopupFigures | null = null;
  if (got !== null) {
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="role-item"]', { timeout: 10_000 });
    await popup.waitForTimeout(200);
    figures = await popup.evaluate((blankPaint) => ({
      blankPaintMs: blankPaint,
      firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      roleListMs: (window as unknown as { roleListAt?: number }).roleListAt ?? NaN,
    }), blankPaintMs);
  }
  await popup.close();
  await job.close();
  return figures;
}

export type { BrowserContext };

export interface EngineFigures {
  /** /engine.js injected (read, compiled, its modules initialised), ms. */
  injectMs: number;
  /** The engine unpacked from its packed data, the first time in that world, ms. */
  unpackMs: number;
  /** The first analysis of a real posting (code not yet compiled), and the same analysis again, ms. */
  firstAnalysisMs: number;
  againMs: number;
}

/**
 * The engine as a content script meets it, cold: /engine.js injected into the isolated world of
 * a page where no extension script ran yet, then unpacked, then one real posting analysed twice.
 * Node's figures (warm, best of many) say what the code costs; these say what a page pays.
 */
export async function engineOnce(b: BenchBrowser, url: string, posting: string, engineFile: string, engineKey: string): Promise<EngineFigures | null> {
  if (!b.worker) return null;
  const page = await b.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b.worker, page.url());
  const figures = await b.worker.evaluate(
    async ([id, file, key, text]) => {
      // tsx (esbuild's keepNames) wraps the function given as `func` below in `__name(…)`, which
      // the worker lacks.
      (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
      const t0 = performance.now();
      await chrome.scripting.executeScript({ target: { tabId: id }, files: [file] });
      const injectMs = performance.now() - t0;
      // Serialised into the page: it can use nothing but its arguments.
      const [timed] = await chrome.scripting.executeScript({
        target: { tabId: id },
        args: [key, text],
        func: (k: string, t: string) => {
          const host = (globalThis as unknown as Record<symbol, { engine(): { analyze(p: { text: string; source: string }, s: unknown[]): unknown } }>)[Symbol.for(k)]!;
          const a = performance.now();
          const engine = host.engine();
          const b1 = performance.now();
          engine.analyze({ text: t, source: 'bench' }, []);
          const c = performance.now();
          engine.analyze({ text: t, source: 'bench' }, []);
          return { unpackMs: b1 - a, firstAnalysisMs: c - b1, againMs: performance.now() - c };
        },
      });
      return { injectMs, ...(timed?.result as { unpackMs: number; firstAnalysisMs: number; againMs: number }) };
    },
    [tabId, engineFile, engineKey, posting] as const,
  );
  await page.close();
  return figures;
}
