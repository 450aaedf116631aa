/**
 * npx tsx scripts/eval/analysis-hash.ts [--data DIR] [--out FILE]: one hash of every full analysis
 * (with a fixed skill list and each posting's title) and of the highlights' mentions, over the
 * development postings, data/samples and the test fixtures' text postings. A change meant to keep
 * every output (a speed pass, a review) prints the same hash as the commit before it; `--out`
 * writes the analyses as JSON lines, one a posting, to diff when it does not.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import { readPostingsById } from './asked';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dir = resolve(process.cwd(), option('--data') ?? join(root, '../shared/data'));
const user: UserSkill[] = ['Python', 'SQL', 'PyTorch', 'AWS', 'Docker', 'pandas'].map((name) => ({ id: `custom:${name}`, name }));

const postings: Array<{ text: string; title?: string }> = [];
for (const p of readPostingsById(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl')).values()) postings.push({ text: p.description, title: p.title });
for (const folder of ['data/samples', 'tests/fixtures']) {
  const path = join(root, folder);
  if (!existsSync(path)) continue;
  for (const f of readdirSync(path).sort()) if (/\.(md|txt)$/.test(f)) postings.push({ text: readFileSync(join(path, f), 'utf8') });
}

const engine = getBundledEngine();
const lines = postings.map(({ text, title }) => {
  const analysis = engine.analyze({ text, title, source: 'hash' }, user);
  return JSON.stringify([analysis, engine.findMentions(text, { askedOnly: true }), engine.findMentions(text)]);
});
const all = lines.join('\n');
console.log(`${postings.length} postings ${createHash('sha1').update(all).digest('hex')}`);
const out = option('--out');
if (out) writeFileSync(out, all + '\n');
