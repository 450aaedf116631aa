/**
 * npx tsx scripts/eval/swap-why.ts [LABELS.jsonl…]: for every labelled skill listed under the
 * other heading (required for preferred, or the reverse), each of its mentions with the section
 * its sentence is in, the sentence's cue, the last heading before it and the sentence itself.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { buildSkillIndex } from '../../src/core/skill-index';
import { analyzeStructure, sentenceAt } from '../../src/core/sections';
import { listedHeadings, readAskedLabels, readPostingsById, resolveLabel } from './asked';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = join(root, '../shared/data');
const files = process.argv.length > 2 ? process.argv.slice(2) : [join(dir, 'asked/dev-labels.jsonl')];
const engine = getBundledEngine();
const index = buildSkillIndex(BUNDLED_TAXONOMY);
const postings = readPostingsById(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl'));
const clip = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 260);
for (const file of files) {
  for (const l of readAskedLabels(file)) {
    const p = postings.get(l.id);
    if (!p) continue;
    const text = p.description;
    const a = engine.analyze({ title: p.title, text, source: 'eval' }, []);
    const listed = listedHeadings(a);
    const structure = analyzeStructure(text);
    for (const [label, heading] of [...l.required.map((x) => [x, 'required'] as const), ...l.preferred.map((x) => [x, 'preferred'] as const)]) {
      const id = resolveLabel(label, index);
      const got = id ? listed.get(id) : undefined;
      if (!got || got === heading) continue;
      console.log(`\n${l.id}  ${label}: labelled ${heading}, listed ${got}`);
      const hit = a.skills.find((s) => s.id === id)!;
      for (const m of hit.mentions) {
        const s = sentenceAt(structure.sentences, m.start);
        const h = [...structure.headings].reverse().find((x) => x.start <= m.start);
        console.log(`   [${s?.kind ?? '?'}/${s?.cue ?? '-'}] under "${h?.text ?? ''}" (${h?.kind ?? ''}) "${m.text}" — ${clip(s ? text.slice(s.start, s.end) : '')}`);
      }
    }
  }
}
