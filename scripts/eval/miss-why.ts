/**
 * npx tsx scripts/eval/miss-why.ts [LABELS.jsonl]: for every missed label that resolves to a skill,
 * why it was missed: its alias never matched (with the label's own words found in the text),
 * an evidence rule dropped it, it was read but only "mentioned" (with its sentence and section),
 * or it was read as asked and the gap left it out (a kind's name, a field).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { buildSkillIndex } from '../../src/core/skill-index';
import { scan } from '../../src/core/scan';
import { tokenize } from '../../src/core/tokenize';
import { analyzeStructure, sentenceAt } from '../../src/core/sections';
import { readAskedLabels, readPostingsById, resolveLabel } from './asked';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = join(root, '../shared/data');
const file = process.argv[2] ?? join(dir, 'asked/dev-labels.jsonl');
const engine = getBundledEngine();
const index = buildSkillIndex(BUNDLED_TAXONOMY);
const postings = readPostingsById(join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl'));
const clip = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 220);
for (const l of readAskedLabels(file)) {
  const p = postings.get(l.id);
  if (!p) continue;
  const text = p.description;
  const a = engine.analyze({ title: p.title, text, source: 'eval' }, []);
  const listed = new Set([...a.gap.missingRequired, ...a.gap.missingPreferred, ...(a.gap.missingSoft ?? [])].map((s) => s.id));
  const structure = analyzeStructure(text);
  const raw = scan(tokenize(text), index);
  for (const [label, heading] of [...l.required.map((x) => [x, 'R'] as const), ...l.preferred.map((x) => [x, 'P'] as const)]) {
    const id = resolveLabel(label, index);
    if (!id || listed.has(id)) continue;
    const hit = a.skills.find((s) => s.id === id);
    const out: string[] = [];
    if (hit) {
      out.push(`READ-AS ${hit.importance}${hit.kindName ? ' kindName' : ''}${hit.soft ? ' soft' : ''}`);
      for (const m of hit.mentions.slice(0, 3)) {
        const s = sentenceAt(structure.sentences, m.start);
        out.push(`   [${s?.kind ?? '?'}] "${m.text}" — ${clip(s ? text.slice(s.start, s.end) : text.slice(m.start - 60, m.end + 60))}`);
      }
    } else {
      const r = raw.filter((c) => c.skillId === id);
      if (r.length) {
        out.push(`DROPPED (evidence/other) ×${r.length}`);
        for (const c of r.slice(0, 3)) {
          const s = sentenceAt(structure.sentences, c.start);
          out.push(`   [${s?.kind ?? '?'}] "${text.slice(c.start, c.end)}" — ${clip(s ? text.slice(s.start, s.end) : '')}`);
        }
      } else {
        out.push('NOT-MATCHED');
        const skill = BUNDLED_TAXONOMY.skills.find((x) => x.id === id);
        const aliases = [skill?.name ?? '', ...(skill?.aliases ?? [])].map((x) => x.toLowerCase()).filter((x) => x.length >= 2);
        const lower = text.toLowerCase();
        const found = a.skills.flatMap((h) => h.mentions.map((m) => ({ id: h.id, imp: h.importance, ...m })));
        let n = 0;
        for (const al of aliases) {
          const re = new RegExp(`(?<![a-z0-9])${al.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g');
          for (const mm of lower.matchAll(re)) {
            if (n >= 4) break;
            const at = mm.index;
            const s = sentenceAt(structure.sentences, at);
            const over = found.filter((f) => f.start < at + al.length && f.end > at).map((f) => `${f.id}:${f.imp}`);
            out.push(`   ALIAS "${al}" [${s?.kind ?? '?'}] over=${over.join(',') || '-'} — ${clip(text.slice(Math.max(0, at - 100), at + 120))}`);
            n++;
          }
        }
        if (n === 0) out.push('   (no alias in text)');
      }
    }
    console.log(`${l.id}  ${heading}  ${label} → ${id}  ${out.join('\n')}`);
  }
}
