/**
 * The browser part of `npm run bench`: the built extension (.output/chrome-mv3) in Debian's
 * Chromium on saved real pages, driven through the DevTools protocol. One browser with the
 * extension and one without run side by side; every page is loaded in both, alternating which
 * goes first, for several rounds, and the medians are printed. With `--baseline DIR`, a third
 * browser runs another build (the commit before a change) in the same rounds, so before and
 * after are measured under the same load of a shared machine. Prints figures, asserts nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../../tests/e2e/harness';
import { launchBrowser, servePages, type BenchBrowser } from './launch';
import { ENGINE_FILE } from '../../src/extension-contract';
import { ENGINE_GLOBAL } from '../../src/engine-global';
import { engineOnce, loadOnce, popupOnce, SETTLE_MS, type EngineFigures, type LoadFigures, type PopupFigures } from './measure';
import { BENCH_PAGES, type BenchPage, type PageKind } from './pages';

const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(Math.abs(x) < 10 ? 1 : 0)} ms` : '—');
const kb = (x: number) => `${(x / 1000).toFixed(x < 10_000 ? 1 : 0)} KB`;
const mb = (x: number) => `${(x / 1e6).toFixed(2)} MB`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

/** One build's figures on one page. */
interface BuildRuns {
  loads: LoadFigures[];
  popup: PopupFigures[];
}

/** A real posting of the benchmark's corpus, for the in-page engine figures. */
function samplePosting(dataDir: string): string | null {
  const file = join(dataDir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
  if (!existsSync(file)) return null;
  const first = readFileSync(file, 'utf8').split('\n').find(Boolean);
  return first ? (JSON.parse(first) as { description: string }).description : null;
}

interface PageResult {
  page: BenchPage;
  withExt: BuildRuns;
  without: LoadFigures[];
  baseline: BuildRuns;
}

export interface BrowserBenchOptions {
  dataDir: string;
  extensionDir: string;
  rounds: number;
  postingsOnly?: boolean;
  /** The popup alone, on the postings: its first paint and role list beside the blank page's. */
  popupOnly?: boolean;
  /** Another build of the extension, measured in the same rounds (before → after). */
  baselineDir?: string;
}

export async function runBrowserBench(opts: BrowserBenchOptions): Promise<void> {
  const { dataDir, extensionDir, rounds, baselineDir } = opts;
  for (const dir of [extensionDir, baselineDir]) {
    if (dir !== undefined && !existsSync(join(dir, 'manifest.json'))) {
      console.log(`Browser part skipped: no built extension in ${dir} (npm run build:chrome).`);
      return;
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Browser part skipped: no Chromium at ${CHROMIUM}.`);
    return;
  }
  const pages = BENCH_PAGES.filter((p) => existsSync(join(dataDir, p.file)) && (!(opts.postingsOnly || opts.popupOnly) || p.kind === 'posting'));
  if (pages.length === 0) {
    console.log(`Browser part skipped: none of the saved pages under ${dataDir}.`);
    return;
  }
  if (opts.popupOnly) return runPopupBench(opts, pages);
  const server = await servePages(dataDir, pages);
  const [ext, plain, base] = await Promise.all([launchBrowser(extensionDir), launchBrowser(null), baselineDir ? launchBrowser(baselineDir) : null]);
  const browsers = [ext, plain, ...(base ? [base] : [])];
  const results: PageResult[] = pages.map((page) => ({ page, withExt: { loads: [], popup: [] }, without: [], baseline: { loads: [], popup: [] } }));
  // A job site's page where no extension script runs (the extension has host access there, so it
  // can inject), for the engine's cold figures.
  const quiet = BENCH_PAGES.find((p) => p.kind === 'job-site, no posting' && existsSync(join(dataDir, p.file)));
  const quietServer = quiet ? await servePages(dataDir, [quiet]) : null;
  const sampleText = samplePosting(dataDir);
  const engine = new Map<BenchBrowser, EngineFigures[]>();
  try {
    // Warm every browser (first process start-up, the extension's first service-worker wake-up).
    for (const b of browsers) await loadOnce(b, server.url(pages[0]!), false);
    for (let round = 0; round < rounds; round++) {
      for (const [i, r] of results.entries()) {
        const url = server.url(r.page);
        const posting = r.page.kind === 'posting';
        // Each browser goes first in turn.
        const shift = (round + i) % browsers.length;
        const order = [...browsers.slice(shift), ...browsers.slice(0, shift)];
        const runsOf = (b: BenchBrowser): BuildRuns | null => (b === ext ? r.withExt : b === base ? r.baseline : null);
        for (const b of order) {
          const figures = await loadOnce(b, url, posting && b !== plain);
          (runsOf(b)?.loads ?? r.without).push(figures);
        }
        if (!posting) continue;
        for (const b of order) {
          const runs = runsOf(b);
          if (!runs) continue;
          const p = await popupOnce(b, url);
          if (p) runs.popup.push(p);
        }
      }
      if (!quiet || !quietServer || sampleText === null) continue;
      for (const b of round % 2 === 0 ? [ext, base] : [base, ext]) {
        if (!b) continue;
        const figures = await engineOnce(b, quietServer.url(quiet), sampleText, ENGINE_FILE, ENGINE_GLOBAL);
        if (figures) engine.set(b, [...(engine.get(b) ?? []), figures]);
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
    await quietServer?.close();
  }
  report(results, { extensionDir, baselineDir, rounds, pages: pages.length });
  const engineLine = (list: readonly EngineFigures[] | undefined) => {
    if (!list?.length) return '—';
    const m = (f: (x: EngineFigures) => number) => ms(median(list.map(f)));
    return `/engine.js injected ${m((x) => x.injectMs)}, unpacked ${m((x) => x.unpackMs)}, first analysis ${m((x) => x.firstAnalysisMs)}, the same again ${m((x) => x.againMs)}`;
  };
  if (engine.size === 0) return;
  console.log(`\n  Engine ready in a page, cold (a fresh isolated world on ${quiet?.name}; a real posting of ${sampleText?.split(/\s+/).length ?? 0} words; medians):`);
  console.log(`  this build: ${engineLine(engine.get(ext))}`);
  if (base) console.log(`  baseline:   ${engineLine(engine.get(base))}`);
}

function report(results: readonly PageResult[], at: { extensionDir: string; baselineDir?: string; rounds: number; pages: number }): void {
  const content = join(at.extensionDir, 'content-scripts/content.js');
  console.log(`Browser: Chromium (${CHROMIUM}), extension ${at.extensionDir}${existsSync(content) ? ` (content.js ${kb(statSync(content).size)})` : ''}`);
  const builds = at.baselineDir ? `with this build, the baseline build (${at.baselineDir}) and without the extension` : 'with and without the extension';
  console.log(`  ${at.pages} saved real pages, ${at.rounds} rounds, ${builds} alternated; figures read ${SETTLE_MS} ms after load; page scripts blocked.`);
  console.log('  ext JS: extension script parsed in the page. script: main-thread script time (ScriptDuration), with the extension, and added by it.');
  console.log("  heap: JS heap added by the extension after GC. badge: navigation start → badge (and from the page's DOM ready).");
  console.log("  popup: first paint / role list shown, ms from its navigation; the floor: a blank page of the extension's first paint, opened just before.\n");
  console.log(`  ${pad('page', 26)}${pad('kind', 22)}${lpad('ext JS', 9)}${lpad('script', 10)}${lpad('added', 10)}${lpad('heap', 10)}${lpad('badge (after DOM ready)', 26)}${lpad('popup', 19)}`);
  const summary = (runs: BuildRuns, without: readonly LoadFigures[]) => {
    const m = (f: (x: LoadFigures) => number | null) => median(runs.loads.map((x) => f(x) ?? NaN));
    const withMs = m((x) => x.scriptMs);
    return {
      bytes: m((x) => x.extensionBytes),
      withMs,
      added: withMs - median(without.map((f) => f.scriptMs)),
      heap: m((x) => x.heap) - median(without.map((f) => f.heap)),
      badge: m((x) => x.badgeMs),
      domReady: m((x) => x.domReadyMs),
      afterDom: m((x) => (x.badgeMs === null ? null : x.badgeMs - x.domReadyMs)),
      paint: median(runs.popup.map((p) => p.firstPaintMs)),
      blank: median(runs.popup.map((p) => p.blankPaintMs)),
      roles: median(runs.popup.map((p) => p.roleListMs)),
    };
  };
  type Summary = ReturnType<typeof summary>;
  const byKind = new Map<PageKind, Summary[]>();
  for (const r of results) {
    const s = summary(r.withExt, r.without);
    const posting = r.page.kind === 'posting';
    const popup = r.withExt.popup.length > 0 ? `${ms(s.paint)} / ${ms(s.roles)}` : '';
    console.log(`  ${pad(r.page.name, 26)}${pad(r.page.kind, 22)}${lpad(kb(s.bytes), 9)}${lpad(ms(s.withMs), 10)}${lpad(ms(s.added), 10)}${lpad(mb(s.heap), 10)}${lpad(posting ? `${ms(s.badge)} (${ms(s.afterDom)})` : '', 26)}${lpad(popup, 19)}`);
    byKind.set(r.page.kind, [...(byKind.get(r.page.kind) ?? []), s]);
  }
  const postings = results.filter((x) => x.page.kind === 'posting');
  console.log('\n  Postings, where the time to the badge goes (medians, ms from navigation start):');
  console.log(`  ${pad('page', 26)}${lpad('DOM ready', 11)}${lpad('load', 8)}${lpad('injected', 10)}${lpad('badge', 8)}`);
  for (const r of postings) {
    const m = (f: (x: LoadFigures) => number | null) => ms(median(r.withExt.loads.map((x) => f(x) ?? NaN)));
    console.log(`  ${pad(r.page.name, 26)}${lpad(m((x) => x.domReadyMs), 11)}${lpad(m((x) => x.loadMs), 8)}${lpad(m((x) => x.injectedMs), 10)}${lpad(m((x) => x.badgeMs), 8)}`);
  }
  console.log('');
  const line = (list: readonly Summary[], kind: PageKind) => {
    const worst = (f: (x: Summary) => number) => Math.max(...list.map(f).filter(Number.isFinite));
    const parts = [`ext JS up to ${kb(worst((x) => x.bytes))}`, `script added up to ${ms(worst((x) => x.added))}`, `heap added up to ${mb(worst((x) => x.heap))}`];
    if (kind === 'posting') {
      parts.push(`navigation → badge median ${ms(median(list.map((x) => x.badge)))}, up to ${ms(worst((x) => x.badge))}`);
      parts.push(`DOM ready → badge median ${ms(median(list.map((x) => x.afterDom)))}, up to ${ms(worst((x) => x.afterDom))}`);
      parts.push(`popup first paint ${ms(median(list.map((x) => x.paint)))}, role list ${ms(median(list.map((x) => x.roles)))}, blank extension page's first paint ${ms(median(list.map((x) => x.blank)))} (medians)`);
    }
    return `${kind}: ${parts.join('; ')}`;
  };
  for (const [kind, list] of byKind) console.log(`  ${line(list, kind)}`);
  if (!at.baselineDir) return;

  console.log(`\n  Baseline build (${at.baselineDir}) → this build, same rounds (medians):`);
  console.log(`  ${pad('page', 26)}${lpad('page DOM ready', 22)}${lpad('nav → badge', 22)}${lpad('DOM ready → badge', 22)}${lpad('popup first paint', 22)}${lpad('popup role list', 22)}${lpad('blank page paint', 22)}`);
  const arrow = (a: number, b: number) => `${ms(a)} → ${ms(b)}`;
  const before = new Map<PageKind, Summary[]>();
  for (const r of results) {
    const [a, b] = [summary(r.baseline, r.without), summary(r.withExt, r.without)];
    before.set(r.page.kind, [...(before.get(r.page.kind) ?? []), a]);
    if (r.page.kind !== 'posting') continue;
    console.log(`  ${pad(r.page.name, 26)}${lpad(arrow(a.domReady, b.domReady), 22)}${lpad(arrow(a.badge, b.badge), 22)}${lpad(arrow(a.afterDom, b.afterDom), 22)}${lpad(arrow(a.paint, b.paint), 22)}${lpad(arrow(a.roles, b.roles), 22)}${lpad(arrow(a.blank, b.blank), 22)}`);
  }
  for (const [kind, list] of before) console.log(`  baseline ${line(list, kind)}`);
}

/**
 * `--popup`: the popup alone, this build and the baseline alternated on every posting for the
 * rounds asked, each opening beside a blank page of the extension opened just before it in the
 * same browser; the differences are taken opening by opening, so a slow moment of the machine
 * weighs on both figures of a pair.
 */
async function runPopupBench(opts: BrowserBenchOptions, pages: readonly BenchPage[]): Promise<void> {
  const server = await servePages(opts.dataDir, pages);
  const builds = [{ name: 'this build', dir: opts.extensionDir }, ...(opts.baselineDir ? [{ name: 'baseline', dir: opts.baselineDir }] : [])];
  const browsers = await Promise.all(builds.map((b) => launchBrowser(b.dir)));
  const runs: PopupFigures[][] = builds.map(() => []);
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const [i, page] of pages.entries()) {
        const shift = (round + i) % browsers.length;
        for (const k of browsers.keys()) {
          const b = (k + shift) % browsers.length;
          const p = await popupOnce(browsers[b]!, server.url(page));
          if (p) runs[b]!.push(p);
        }
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
  }
  console.log(`Browser: Chromium (${CHROMIUM}); the popup on ${pages.length} saved postings, ${opts.rounds} rounds, builds alternated.`);
  console.log("  Medians, ms from each page's navigation; 'over blank': the popup's figure less the blank page's first paint, opening by opening.\n");
  console.log(`  ${pad('build', 12)}${lpad('openings', 10)}${lpad('blank page', 12)}${lpad('first paint', 13)}${lpad('role list', 11)}${lpad('paint over blank', 18)}${lpad('list over blank', 17)}  build folder`);
  for (const [k, b] of builds.entries()) {
    const list = runs[k]!;
    const m = (f: (x: PopupFigures) => number) => ms(median(list.map(f)));
    console.log(
      `  ${pad(b.name, 12)}${lpad(String(list.length), 10)}${lpad(m((x) => x.blankPaintMs), 12)}${lpad(m((x) => x.firstPaintMs), 13)}${lpad(m((x) => x.roleListMs), 11)}${lpad(m((x) => x.firstPaintMs - x.blankPaintMs), 18)}${lpad(m((x) => x.roleListMs - x.blankPaintMs), 17)}  ${b.dir}`,
    );
  }
}
