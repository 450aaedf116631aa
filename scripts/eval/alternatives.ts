/**
 * npx tsx scripts/eval/alternatives.ts [--data DIR] [--list]: the groups of alternatives the
 * engine reads ("AWS, GCP, or Azure") against the `alternatives` of the development labels
 * (../shared/data/asked/dev-labels.jsonl). Measures, asserts nothing.
 *   - found: of the labelled groups with two or more members the engine finds in the posting,
 *     the share whose found members are all in one engine group;
 *   - agree: of the engine's groups of asked skills, the share that shares two or more members
 *     with a labelled group.
 * Labels are resolved through the taxonomy's names and aliases only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(process.cwd(), arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'));
const list = process.argv.includes('--list');
const LABELS = join(dir, 'asked/dev-labels.jsonl');
const POSTINGS = join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');

interface Labels {
  id: string;
  alternatives?: string[][];
}
interface RealPosting {
  id: string;
  title: string;
  description: string;
}

const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

if (!existsSync(LABELS) || !existsSync(POSTINGS)) {
  console.log(`No labels or postings under ${dir}: nothing to measure.`);
  process.exit(0);
}

const engine = getBundledEngine();
const byAlias = new Map<string, string>();
for (const s of BUNDLED_TAXONOMY.skills) for (const a of [s.name, ...s.aliases]) byAlias.set(a.toLowerCase(), s.id);
const postings = new Map(jsonl<RealPosting>(POSTINGS).map((p) => [p.id, p]));

let labelled = 0;
let found = 0;
let engineGroups = 0;
let agree = 0;
for (const labels of jsonl<Labels>(LABELS)) {
  const p = postings.get(labels.id);
  if (!p) continue;
  const a = engine.analyze({ text: p.description, title: p.title, source: 'text' }, []);
  const hits = new Map(a.skills.map((s) => [s.id, s]));
  const groups = (labels.alternatives ?? []).map((g) => [...new Set(g.map((n) => byAlias.get(n.toLowerCase())).filter((id): id is string => id !== undefined && hits.has(id)))]);
  for (const g of groups) {
    if (g.length < 2) continue;
    labelled++;
    const anyOf = hits.get(g[0]!)!.anyOf;
    if (anyOf && g.every((id) => anyOf.includes(id))) found++;
    else if (list) console.log(`missed  ${labels.id}: ${g.join(', ')}`);
  }
  const ours = new Map<string, string[]>();
  for (const s of a.skills) if (s.anyOf && s.importance !== 'mentioned') ours.set(s.anyOf.join('|'), s.anyOf);
  for (const g of ours.values()) {
    engineGroups++;
    if (groups.some((l) => g.filter((id) => l.includes(id)).length >= 2)) agree++;
    else if (list) console.log(`extra   ${labels.id}: ${g.join(', ')}`);
  }
}
const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');
console.log(`Alternatives, dev labels (${dir}):`);
console.log(`  found  ${found}/${labelled} labelled groups (${pct(found, labelled)})`);
console.log(`  agree  ${agree}/${engineGroups} engine groups (${pct(agree, engineGroups)})`);
