/**
 * The browser part of `npm run bench`: the built extension (.output/chrome-mv3) in Debian's
 * Chromium on saved real pages, driven through the DevTools protocol. One browser with the
 * extension and one without run side by side; every page is loaded in both, alternating which
 * goes first, for several rounds, and the medians are printed. Prints figures, asserts nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../../tests/e2e/harness';
import { launchBrowser, servePages } from './launch';
import { loadOnce, popupOnce, SETTLE_MS, type LoadFigures, type PopupFigures } from './measure';
import { BENCH_PAGES, type BenchPage, type PageKind } from './pages';

const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : '—');
const kb = (x: number) => `${(x / 1000).toFixed(x < 10_000 ? 1 : 0)} KB`;
const mb = (x: number) => `${(x / 1e6).toFixed(2)} MB`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

interface PageResult {
  page: BenchPage;
  withExt: LoadFigures[];
  without: LoadFigures[];
  popup: PopupFigures[];
}

export async function runBrowserBench(opts: { dataDir: string; extensionDir: string; rounds: number; postingsOnly?: boolean }): Promise<void> {
  const { dataDir, extensionDir, rounds } = opts;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`Browser part skipped: no built extension in ${extensionDir} (npm run build:chrome).`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Browser part skipped: no Chromium at ${CHROMIUM}.`);
    return;
  }
  const pages = BENCH_PAGES.filter((p) => existsSync(join(dataDir, p.file)) && (!opts.postingsOnly || p.kind === 'posting'));
  if (pages.length === 0) {
    console.log(`Browser part skipped: none of the saved pages under ${dataDir}.`);
    return;
  }
  const server = await servePages(dataDir, pages);
  const [ext, plain] = await Promise.all([launchBrowser(extensionDir), launchBrowser(null)]);
  const results: PageResult[] = pages.map((page) => ({ page, withExt: [], without: [], popup: [] }));
  try {
    // Warm both browsers (first process start-up, the extension's first service-worker wake-up).
    for (const b of [ext, plain]) await loadOnce(b, server.url(pages[0]!), false);
    for (let round = 0; round < rounds; round++) {
      for (const r of results) {
        const url = server.url(r.page);
        const posting = r.page.kind === 'posting';
        const order = (round + results.indexOf(r)) % 2 === 0 ? [ext, plain] : [plain, ext];
        for (const b of order) (b === ext ? r.withExt : r.without).push(await loadOnce(b, url, posting && b === ext));
        if (posting) {
          const p = await popupOnce(ext, url);
          if (p) r.popup.push(p);
        }
      }
    }
  } finally {
    await Promise.all([ext.close(), plain.close()]);
    await server.close();
  }

  const content = join(extensionDir, 'content-scripts/content.js');
  console.log(`Browser: Chromium (${CHROMIUM}), extension ${extensionDir}${existsSync(content) ? ` (content.js ${kb(statSync(content).size)})` : ''}`);
  console.log(`  ${pages.length} saved real pages, ${rounds} rounds, with and without the extension alternated; figures read ${SETTLE_MS} ms after load; page scripts blocked.`);
  console.log('  ext JS: extension script parsed in the page. script: main-thread script time (ScriptDuration), with the extension, and added by it.');
  console.log('  heap: JS heap added by the extension after GC. badge: navigation start → badge (and from the load event).');
  console.log('  popup: first paint / role list shown, ms from its navigation.\n');
  const header = `  ${pad('page', 26)}${pad('kind', 22)}${lpad('ext JS', 9)}${lpad('script', 10)}${lpad('added', 10)}${lpad('heap', 10)}${lpad('badge (after load)', 21)}${lpad('popup', 19)}`;
  console.log(header);
  const byKind = new Map<PageKind, Array<{ bytes: number; added: number; heap: number; badge: number; afterLoad: number; paint: number; roles: number }>>();
  for (const r of results) {
    const withMs = median(r.withExt.map((f) => f.scriptMs));
    const added = withMs - median(r.without.map((f) => f.scriptMs));
    const heap = median(r.withExt.map((f) => f.heap)) - median(r.without.map((f) => f.heap));
    const bytes = median(r.withExt.map((f) => f.extensionBytes));
    const badge = median(r.withExt.map((f) => f.badgeMs ?? NaN));
    const afterLoad = median(r.withExt.map((f) => f.badgeAfterLoadMs ?? NaN));
    const paint = median(r.popup.map((p) => p.firstPaintMs));
    const roles = median(r.popup.map((p) => p.roleListMs));
    const popup = r.popup.length > 0 ? `${ms(paint)} / ${ms(roles)}` : '';
    console.log(`  ${pad(r.page.name, 26)}${pad(r.page.kind, 22)}${lpad(kb(bytes), 9)}${lpad(ms(withMs), 10)}${lpad(ms(added), 10)}${lpad(mb(heap), 10)}${lpad(r.page.kind === 'posting' ? `${ms(badge)} (${ms(afterLoad)})` : '', 21)}${lpad(popup, 19)}`);
    const list = byKind.get(r.page.kind) ?? [];
    list.push({ bytes, added, heap, badge, afterLoad, paint, roles });
    byKind.set(r.page.kind, list);
  }
  console.log('\n  Postings, where the time to the badge goes (medians, ms from navigation start):');
  console.log(`  ${pad('page', 26)}${lpad('DOM ready', 11)}${lpad('load', 8)}${lpad('injected', 10)}${lpad('badge', 8)}`);
  for (const r of results.filter((x) => x.page.kind === 'posting')) {
    const m = (f: (x: LoadFigures) => number | null) => ms(median(r.withExt.map((x) => f(x) ?? NaN)));
    console.log(`  ${pad(r.page.name, 26)}${lpad(m((x) => x.domReadyMs), 11)}${lpad(m((x) => x.loadMs), 8)}${lpad(m((x) => x.injectedMs), 10)}${lpad(m((x) => x.badgeMs), 8)}`);
  }
  console.log('');
  for (const [kind, list] of byKind) {
    const worst = (f: (x: (typeof list)[number]) => number) => Math.max(...list.map(f).filter(Number.isFinite));
    const parts = [`ext JS up to ${kb(worst((x) => x.bytes))}`, `script added up to ${ms(worst((x) => x.added))}`, `heap added up to ${mb(worst((x) => x.heap))}`];
    if (kind === 'posting') {
      parts.push(`navigation → badge median ${ms(median(list.map((x) => x.badge)))}, up to ${ms(worst((x) => x.badge))}`);
      parts.push(`load → badge median ${ms(median(list.map((x) => x.afterLoad)))}, up to ${ms(worst((x) => x.afterLoad))}`);
      parts.push(`popup first paint ${ms(median(list.map((x) => x.paint)))}, role list ${ms(median(list.map((x) => x.roles)))} (medians)`);
    }
    console.log(`  ${kind}: ${parts.join('; ')}`);
  }
}
