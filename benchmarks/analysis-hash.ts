/**
 * `npx tsx benchmarks/analysis-hash.ts [--each] [--data DIR]`: one SHA-256 over every output the
 * engine gives for the real postings, so that a change meant only to make it faster can be shown
 * to change nothing. Both engines (over the source data, and over the data packed as the
 * extension ships it) analyse each development posting with an empty skill list and with a short
 * one (custom names and a level among them), and each result is hashed whole (JSON), with the
 * highlights (findMentions, all and asked only), the packed engine's roles, a few autocomplete
 * searches and the bundled samples. Run it on the commit before a change and after: the same
 * line means the same outputs. `--each` prints one hash a posting as well, to find which differ.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY } from '../src/core/bundled';
import { createEngine, createPackedEngine } from '../src/core/engine';
import { packData } from '../src/core/pack';
import { unpackRoles } from '../src/core/packed';
import type { Engine, UserSkill } from '../src/core/types';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dataDir = resolve(at >= 0 ? args[at + 1]! : join(root, '../shared/data'));
const each = args.includes('--each');

const packed = JSON.parse(JSON.stringify(packData(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES))) as ReturnType<typeof packData>;
const engines: Array<[string, Engine]> = [
  ['source', createEngine(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES)],
  ['packed', createPackedEngine(packed)],
];
const user: UserSkill[] = [
  { id: 'python', name: 'Python', level: 'expert' },
  { id: 'sql', name: 'SQL' },
  { id: 'docker', name: 'Docker', level: 'learning' },
  { id: 'custom:k8s', name: 'k8s' },
  { id: 'custom:pytorch', name: 'PyTorch (primary)' },
];

const postings: Array<{ id: string; text: string; title?: string; company?: string }> = readFileSync(join(dataDir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line, i) => {
    const p = JSON.parse(line) as { id?: string; description: string; title?: string; company?: string };
    return { id: p.id ?? `line-${i + 1}`, text: p.description, title: p.title, company: p.company };
  });
const samples = join(root, 'data/samples');
for (const f of readdirSync(samples).filter((f) => /\.(md|txt)$/.test(f)).sort()) postings.push({ id: `sample:${f}`, text: readFileSync(join(samples, f), 'utf8') });

const all = createHash('sha256');
for (const p of postings) {
  const one = createHash('sha256');
  for (const [name, engine] of engines) {
    for (const skills of [[], user]) {
      one.update(`${name}\0${JSON.stringify(engine.analyze({ text: p.text, title: p.title, source: 'hash' }, skills))}\0`);
    }
    one.update(JSON.stringify(engine.findMentions(p.text)));
    one.update(JSON.stringify(engine.findMentions(p.text, { askedOnly: true, company: p.company })));
  }
  const digest = one.digest('hex');
  all.update(digest);
  if (each) console.log(`${p.id} ${digest.slice(0, 16)}`);
}
for (const [, engine] of engines) for (const q of ['py', 'kube', 'machine learning', 'sql', 'aws', 'r']) all.update(JSON.stringify(engine.searchSkills(q, 8)));
all.update(JSON.stringify(unpackRoles(packed)));
console.log(`${postings.length} postings, 2 engines, 2 skill lists: ${all.digest('hex')}`);
