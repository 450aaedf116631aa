/**
 * The engine's cold start, each build in a fresh Chromium (or a fresh Node process) every run,
 * builds alternated: `npx tsx benchmarks/engine-cold.ts [--runs N] [--node] DIR…`, each DIR a
 * built .output/chrome-mv3 (say a copy of main's beside this one's). `npm run bench -- --browser`
 * measures the engine in a fresh isolated world of a browser that has already run it (its code
 * may be cached); this measures what a page meets the first time: /engine.js injected into a
 * job site's page, the engine unpacked, a real posting analysed twice, and the heap the engine
 * added after a garbage collection. `--node` instead evaluates each build's /engine.js in a fresh
 * Node process a run. Both print CPU time besides wall time: on a shared machine under load, CPU
 * time varies far less than wall time (in Chromium, the page's main thread's CPU time around
 * each step, from the DevTools protocol's ThreadTime). Prints medians and bests; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, servePages } from './browser/launch';
import { BENCH_PAGES } from './browser/pages';
import { ENGINE_FILE } from '../src/extension-contract';
import { ENGINE_GLOBAL } from '../src/engine-global';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API.
declare const chrome: typeof import('@wxt-dev/browser').browser;

type Figures = Record<string, number>;
const STEPS = ['inject', 'unpack', 'first', 'again'] as const;

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args[at + 1]) : 10;
const node = args.includes('--node');
const builds = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)).map((d) => resolve(d));
const dataDir = resolve(here, '../../shared/data');
const postings = join(dataDir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
const text = (JSON.parse(readFileSync(postings, 'utf8').split('\n').find(Boolean)!) as { description: string }).description;

/** One fresh Node process: the build's /engine.js evaluated, then the same steps; wall and CPU ms. */
// In a block: /engine.js declares a global `var engine`, which a top-level `const` of this script would clash with.
const NODE_RUN = `{
const fs = require('fs'), vm = require('vm');
const [file, text] = [process.argv[1], fs.readFileSync(0, 'utf8')];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let w = performance.now(), c = cpu();
const out = {};
const lap = (k) => { const w2 = performance.now(), c2 = cpu(); out[k] = w2 - w; out[k + ' cpu'] = c2 - c; w = w2; c = c2; };
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: 'engine.js' }); lap('inject');
const engine = globalThis[Symbol.for(${JSON.stringify(ENGINE_GLOBAL)})].engine(); lap('unpack');
engine.analyze({ text, source: 'bench' }, []); lap('first');
engine.analyze({ text, source: 'bench' }, []); lap('again');
process.stdout.write(JSON.stringify(out));
}`;

function nodeRun(dir: string): Figures {
  return JSON.parse(execFileSync(process.execPath, ['-e', NODE_RUN, join(dir, ENGINE_FILE)], { input: text, encoding: 'utf8' })) as Figures;
}

async function browserRun(dir: string, url: string): Promise<Figures> {
  const b = await launchBrowser(dir);
  try {
    const page = await b.ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await b.ctx.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await cdp.send('Performance.enable');
    // The page's main thread's CPU time (s): on a loaded machine, wall time counts the waits for a core too.
    const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
    const before = await heap();
    const tab = await b.worker!.evaluate(async (pageUrl) => (await chrome.tabs.query({ url: pageUrl }))[0]!.id!, page.url());
    const figures: Figures = {};
    /** One step in the page's isolated world: its wall time there, and the main thread's CPU time around it. */
    const step = async (name: string, run: () => Promise<number>) => {
      const c0 = await cpu();
      figures[name] = await run();
      figures[`${name} cpu`] = ((await cpu()) - c0) * 1000;
    };
    await step('inject', () =>
      b.worker!.evaluate(
        async ([id, file]) => {
          const t0 = performance.now();
          await chrome.scripting.executeScript({ target: { tabId: id }, files: [file] });
          return performance.now() - t0;
        },
        [tab, ENGINE_FILE] as const,
      ),
    );
    for (const name of ['unpack', 'first', 'again']) {
      await step(name, () =>
        b.worker!.evaluate(
          async ([id, key, posting]) => {
            // tsx (esbuild's keepNames) wraps the function given as `func` below in `__name(…)`, which the worker lacks.
            (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
            // Serialised into the page: it can use nothing but its arguments.
            const [timed] = await chrome.scripting.executeScript({
              target: { tabId: id },
              args: [key, posting],
              func: (k: string, t: string) => {
                type Host = { engine(): { analyze(p: { text: string; source: string }, s: unknown[]): unknown } };
                const g = globalThis as unknown as Record<symbol, Host | ReturnType<Host['engine']> | undefined>;
                const a = performance.now();
                const held = g[Symbol.for('bench.engine')] as ReturnType<Host['engine']> | undefined;
                if (held) held.analyze({ text: t, source: 'bench' }, []);
                else g[Symbol.for('bench.engine')] = (g[Symbol.for(k)] as Host).engine();
                return performance.now() - a;
              },
            });
            return timed!.result as number;
          },
          [tab, ENGINE_GLOBAL, text] as const,
        ),
      );
    }
    figures['heap MB'] = ((await heap()) - before) / 1e6;
    return figures;
  } finally {
    await b.close();
  }
}

const quiet = BENCH_PAGES.find((p) => p.kind === 'job-site, no posting' && existsSync(join(dataDir, p.file)));
if (builds.length === 0 || (!node && !quiet)) {
  console.log('Usage: npx tsx benchmarks/engine-cold.ts [--runs N] [--node] DIR… (built extensions; the saved pages under ../shared/data)');
  process.exit(1);
}
const server = node ? null : await servePages(dataDir, [quiet!]);
const results = new Map<string, Figures[]>(builds.map((d) => [d, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const dir of i % 2 === 0 ? builds : [...builds].reverse()) results.get(dir)!.push(node ? nodeRun(dir) : await browserRun(dir, server!.url(quiet!)));
  }
} finally {
  await server?.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const keys = [...STEPS.flatMap((s) => [s, `${s} cpu`]), ...(node ? [] : ['heap MB'])];
console.log(`${node ? 'Fresh Node processes' : 'Fresh Chromium browsers'}, ${runs} runs a build, alternated; median (best), ms${node ? '' : ' and MB'}:`);
for (const [dir, list] of results) {
  const cell = (k: string) => {
    const xs = list.map((f) => f[k]!);
    const d = k === 'heap MB' ? 2 : 1;
    return `${k} ${median(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)})`;
  };
  console.log(`  ${dir}\n    ${keys.map(cell).join(', ')}`);
}
