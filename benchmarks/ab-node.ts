/**
 * npx tsx benchmarks/ab-node.ts BASE_DIR [NEW_DIR] [--blocks N] [--rounds N (0: none)]: two source trees'
 * engines (say a worktree of main and this one, NEW_DIR by default) in one process, measured in
 * alternated turns: the bench's 2,000-word posting in blocks of 10 analyses, then every
 * development posting once a round. CPU time, not wall time, and each turn's pair compared: on a
 * shared machine one run's figure against another run's says little (issue 9).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine, UserSkill } from '../src/core/types';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (dirs.length === 0) throw new Error('usage: npx tsx benchmarks/ab-node.ts BASE_DIR [NEW_DIR] [--blocks N] [--rounds N]');
const trees = [resolve(dirs[0]!), resolve(dirs[1] ?? root)];
const blocks = option('--blocks', 40);
const rounds = option('--rounds', 12);

const engines: Engine[] = [];
for (const tree of trees) {
  const { getBundledEngine } = (await import(join(tree, 'src/core/bundled.ts'))) as { getBundledEngine: () => Engine };
  engines.push(getBundledEngine());
}
const user: UserSkill[] = ['Python', 'SQL', 'PyTorch', 'AWS', 'Docker', 'pandas'].map((name) => ({ id: `custom:${name}`, name }));
const texts = readFileSync(join(root, '../shared/data/job_postings/ml_jobs_us_2024_2025.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { description: string }).description);
// The bench's 2,000-word posting (benchmarks/run.ts): real postings end to end, cut at the 2,000th word.
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
let long = '';
for (const t of texts) {
  if (words(long) >= 2000) break;
  long += t + '\n\n';
}
long = long.split(/(?<=\s)(?=\S)/).slice(0, 2000).join('');

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const analyze = (k: number, text: string) => engines[k]!.analyze({ text, source: 'bench' }, user);
for (const k of [0, 1]) {
  for (const t of texts.slice(0, 100)) analyze(k, t);
  for (let i = 0; i < 100; i++) analyze(k, long);
}

/** `turns` alternated turns (the first build first in even ones), each turn's time for both, and their ratios new / base. */
function alternate(turns: number, turn: (k: number) => number): { times: number[][]; ratios: number[] } {
  const times: number[][] = [[], []];
  const ratios: number[] = [];
  for (let i = 0; i < turns; i++) {
    const pair = [0, 0];
    for (const k of i % 2 ? [1, 0] : [0, 1]) times[k]!.push((pair[k] = turn(k)));
    ratios.push(pair[1]! / pair[0]!);
  }
  return { times, ratios };
}
function report(title: string, { times, ratios }: { times: number[][]; ratios: number[] }): void {
  console.log(title);
  times.forEach((ts, k) => console.log(`  ${k ? 'new ' : 'base'}: median ${quantile(ts, 0.5).toFixed(3)} ms, best ${quantile(ts, 0).toFixed(3)} ms  (${trees[k]})`));
  console.log(`  new / base, paired: median ${quantile(ratios, 0.5).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}), new faster in ${ratios.filter((r) => r < 1).length} of ${ratios.length}`);
}

report(
  `The ${words(long)}-word posting, ${blocks} alternated blocks of 10 analyses, CPU time an analysis:`,
  alternate(blocks, (k) => {
    const t = cpuMs();
    for (let r = 0; r < 10; r++) analyze(k, long);
    return (cpuMs() - t) / 10;
  }),
);
// `--rounds 0` skips this part: a quicker look at the long posting alone.
if (rounds > 0) report(
  `All ${texts.length} postings, ${rounds} alternated rounds, the median posting's CPU time a round:`,
  alternate(rounds, (k) => {
    const each = texts.map((t) => {
      const c = cpuMs();
      analyze(k, t);
      return cpuMs() - c;
    });
    return quantile(each, 0.5);
  }),
);
