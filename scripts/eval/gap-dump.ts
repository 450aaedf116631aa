/**
 * npx tsx scripts/eval/gap-dump.ts [--data DIR] > FILE: every development posting's gap, one
 * line per listed skill ("ml1000-12  R  PyTorch  ← sentence"), with an empty skill list as the
 * eval runs it. Two dumps (this tree and a worktree of the commit before a change) diffed show
 * every ask a change adds or removes across all postings, labelled or not: each one to be read
 * before a rule is kept.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine } from '../../src/core/bundled';
import { readPostingsById } from './asked';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(process.cwd(), arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'));
const engine = getBundledEngine();
const lines: string[] = [];
for (const p of readPostingsById(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl')).values()) {
  const text = p.description;
  const a = engine.analyze({ text, title: p.title, source: 'dump' }, []);
  const where = new Map<string, string>();
  for (const s of a.skills) {
    const m = s.mentions[0];
    if (m && !where.has(s.id)) where.set(s.id, text.slice(Math.max(0, m.start - 60), m.end + 60).replace(/\s+/g, ' '));
  }
  const out = (mark: string, id: string, name: string) => lines.push(`${p.id}  ${mark}  ${name}  ← ${where.get(id) ?? ''}`);
  for (const s of a.gap.missingRequired) out('R', s.id, s.name);
  for (const s of a.gap.missingPreferred) out('P', s.id, s.name);
  for (const s of a.gap.missingSoft ?? []) out('S', s.id, s.name);
}
process.stdout.write(lines.join('\n') + '\n');
