/**
 * npm run eval [-- --data DIR] [-- --only asked,traps] (default ../shared/data): measures, asserts nothing.
 *   - skill extraction against SkillSpan "Knowledge" spans (strict and loose span P/R/F1), dev
 *     split reported, train split shown for the tuning loop;
 *   - role top-1 / top-3 on real postings labelled by their titles, with and without the title,
 *     per-role figures and confusions; the same on another job site's postings the role build
 *     never reads (SkillSpan's Stack Overflow postings, eval/other-site-roles.ts), by half;
 *   - job-page detection on saved real pages, per site;
 *   - the traps (everyday words, company age, benefits, negations): violations listed;
 *   - the gap against skills people labelled as asked (asked/dev-labels.jsonl): precision,
 *     recall, required/preferred agreement, every false positive and every miss. `--labels
 *     FILE[,FILE…]` scores other labels of the same postings instead, written the same way
 *     (asked/GUIDE.md) by other readers and kept outside the repository.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine, BUNDLED_TAXONOMY } from '../src/core/bundled';
import { createMatcher } from '../src/core/matcher';
import { scoreDetection } from './eval/detection';
import { readAskedLabels, readPostingsById, scoreAsked, type AskedFigures } from './eval/asked';
import { printOtherSiteRoles } from './eval/other-site-roles';
import { readFixturePostings, readLabelledPostings, scoreRoles } from './eval/roles';
import { f1, readSpanPostings, scoreSpans, type SpanScores } from './eval/skill-spans';
import { evalSalaries } from './eval/salary';
import { runTraps } from './eval/traps';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(process.cwd(), arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'));
/** --only asked,traps: run just those sections (spans, roles, detection, traps, asked) while iterating. */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]!.split(',')) : null;
const want = (section: string) => only === null || only.has(section);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const engine = getBundledEngine();
const matcher = createMatcher(BUNDLED_TAXONOMY);

console.log(`Evaluation data: ${dir}\n`);

function printSpans(name: string, s: SpanScores, details: boolean) {
  console.log(`${name}: ${s.postings} postings, ${s.gold} gold Knowledge spans, ${s.predicted} predicted`);
  console.log(`  strict  P ${pct(s.strict.precision)}  R ${pct(s.strict.recall)}  F1 ${pct(s.strict.f1)}`);
  console.log(`  loose   P ${pct(s.loose.precision)}  R ${pct(s.loose.recall)}  F1 ${pct(s.loose.f1)}`);
  const r = s.dictionaryReach;
  console.log(`  reach   ${pct(r)} of gold spans are exactly a taxonomy mention: strict F1 ≤ ${pct(f1(1, r))} at P 100%, ≤ ${pct(f1(0.8, r))} at P 80%`);
  if (!details) return;
  console.log('  most frequent false positives:');
  for (const f of s.falsePositives.slice(0, 10)) console.log(`    ${String(f.count).padStart(3)} × "${f.text}"  — ${f.example}`);
  console.log('  most frequent misses:');
  for (const f of s.misses.slice(0, 10)) console.log(`    ${String(f.count).padStart(3)} × "${f.text}"  — ${f.example}`);
}

const spanDir = join(dir, 'skill_spans/skillspan');
if (want('spans') && existsSync(spanDir)) {
  console.log('== Skill extraction vs SkillSpan Knowledge (JobSpanBERT: 61.9 F1) ==');
  printSpans('dev (reported)', scoreSpans(matcher, readSpanPostings(join(spanDir, 'postings_dev.jsonl'))), true);
  printSpans('train (tuning)', scoreSpans(matcher, readSpanPostings(join(spanDir, 'postings_train.jsonl'))), false);
  console.log();
}

const postingsFile = join(dir, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
if (want('roles') && existsSync(postingsFile)) {
  const { labelled, unlabelled } = readLabelledPostings(postingsFile);
  const r = scoreRoles(engine, labelled, unlabelled);
  console.log('== Role ranking on real postings (labels from their titles) ==');
  console.log(`${r.labelled} labelled postings (${r.unlabelled} titles name no catalogued role, not counted)`);
  console.log(`  with title:  top-1 ${pct(r.withTitle.top1)}  top-3 ${pct(r.withTitle.top3)}`);
  console.log(`  text only:   top-1 ${pct(r.textOnly.top1)}  top-3 ${pct(r.textOnly.top3)}`);
  console.log('  per role (n, top-1 with title, top-1 text only):');
  for (const p of r.perRole) console.log(`    ${p.role.padEnd(26)} ${String(p.n).padStart(4)}  ${pct(p.top1WithTitle).padStart(6)}  ${pct(p.top1TextOnly).padStart(6)}`);
  console.log('  confusions (label → ranked first):');
  for (const c of r.confusion.slice(0, 14)) console.log(`    ${String(c.count).padStart(3)} × ${c.label} → ${c.predicted} (${c.withTitle ? 'with title' : 'text only'})`);
  console.log();
}

const analystFixtures = join(root, 'tests/fixtures/postings-analyst-architect');
if (want('roles') && existsSync(analystFixtures)) {
  // The development postings are ML jobs; these are the analyst and architect jobs of other job
  // sites, our own writing, set down before the roles were tuned and never tuned on one by one.
  const fixtures = readFixturePostings(analystFixtures);
  const r = scoreRoles(engine, fixtures, 0);
  console.log('== Role ranking on analyst and architect postings (tests/fixtures/postings-analyst-architect) ==');
  console.log(`  with title:  top-1 ${pct(r.withTitle.top1)}  top-3 ${pct(r.withTitle.top3)}  (${fixtures.length} postings)`);
  console.log(`  text only:   top-1 ${pct(r.textOnly.top1)}  top-3 ${pct(r.textOnly.top3)}`);
  for (const c of r.confusion) console.log(`    ${String(c.count).padStart(3)} × ${c.label} → ${c.predicted} (${c.withTitle ? 'with title' : 'text only'})`);
  console.log();
}

if (want('roles') && existsSync(join(dir, 'skill_spans/skillspan'))) printOtherSiteRoles(engine, dir);

const pageDirs = ['job_pages_html', 'job_pages_more'].map((d) => join(dir, d)).filter((d) => existsSync(join(d, 'manifest.csv')));
if (want('detection') && pageDirs.length > 0) {
  const d = scoreDetection(pageDirs, (t) => matcher.findMentions(t).length);
  console.log('== Job-page detection on saved real pages ==');
  console.log(`  precision ${pct(d.precision)}  recall ${pct(d.recall)}  (${d.rows.length} pages, ${d.rows.filter((r) => r.expected).length} postings)`);
  const kinds = (k: typeof d.perKind) => k.map((x) => `${x.kind} ${x.right}/${x.pages}`).join(', ');
  console.log(`  per kind of page (right/pages): ${kinds(d.perKind)}`);
  console.log('  per site (pages right, postings found):');
  for (const s of d.perSite) console.log(`    ${s.site.padEnd(34)} ${s.right}/${s.pages} right${s.postings ? `, ${s.found}/${s.postings} postings found` : ''}`);
  for (const row of d.rows) {
    const ok = row.expected === row.detected ? 'ok ' : 'BAD';
    console.log(`    ${ok} ${row.expected ? 'posting    ' : 'not posting'} → ${row.detected ? 'posting' : `not (${row.reason})`}  ${row.file}`);
  }
  const g = scoreDetection(pageDirs, (t) => matcher.findMentions(t).length, true);
  console.log(`  general reader alone (every page at an address of no known site): precision ${pct(g.precision)}  recall ${pct(g.recall)}`);
  console.log(`  per kind of page (right/pages): ${kinds(g.perKind)}`);
  for (const row of g.rows.filter((r) => r.expected !== r.detected)) {
    console.log(`    BAD ${row.expected ? 'posting    ' : 'not posting'} → ${row.detected ? 'posting' : `not (${row.reason})`}  ${row.file}`);
  }
  console.log();
}

if (want('salary')) evalSalaries(dir, pct);

if (want('traps')) {
  const traps = runTraps((text) => engine.analyze({ text, source: 'trap' }, []));
  console.log(`== Traps: ${traps.length} violations ==`);
  for (const t of traps) console.log(`  ${t.name}: ${t.problem}`);
}

const labelsArg = process.argv.indexOf('--labels');
const BLIND_DIR = join(root, 'scripts/eval/asked-blind');
const askedFiles = labelsArg > 0 ? process.argv[labelsArg + 1]!.split(',').map((f) => resolve(process.cwd(), f)) : [join(dir, 'asked/dev-labels.jsonl')];
if (want('asked') && askedFiles.every((f) => existsSync(f)) && existsSync(postingsFile)) {
  const r = scoreAsked(engine, matcher.index, askedFiles.flatMap(readAskedLabels), readPostingsById(postingsFile));
  const line = (name: string, f: AskedFigures) =>
    console.log(
      `  ${name.padEnd(15)} precision ${pct(f.precision)} (${f.truePositives}/${f.listed})  recall ${pct(f.recallResolved)} of resolved (${f.found}/${f.resolved}), ${pct(f.recallAll)} of all (${f.found}/${f.labelled})  agreement ${pct(f.agreement)} (${f.agreed}/${f.found})`,
    );
  console.log(`\n== Asked: the gap against labelled postings (${r.postings} postings, empty skill list) ==`);
  line('as today', r.figures['as-today']);
  line('hard skills only', r.figures['hard-only']);
  console.log(`  labels that resolve to no skill (${r.unresolved.length}): ${r.unresolved.map((u) => (u.count > 1 ? `${u.label} ×${u.count}` : u.label)).join(', ')}`);
  console.log(`  false positives (${r.falsePositives.length}):`);
  for (const f of r.falsePositives) console.log(`    ${f.posting}  ${f.skill} [${f.importance}]  — ${f.sentence}`);
  console.log(`  misses (${r.misses.length}):`);
  for (const m of r.misses) console.log(`    ${m.posting}  ${m.label} [${m.heading}]${m.resolvedTo ? ` → ${m.resolvedTo}` : ' (not in the taxonomy)'}`);
  console.log(`  listed under the other heading (${r.swapped.length}):`);
  for (const s of r.swapped) console.log(`    ${s.posting}  ${s.skill}: labelled ${s.labelled}, listed ${s.listed}`);
  // The same measure on more postings labelled blind by other readers (eval/asked-blind/README.md).
  if (labelsArg < 0 && existsSync(BLIND_DIR)) {
    console.log('\n== Asked, on more postings labelled blind by other readers (scripts/eval/asked-blind; --labels FILE for the lists) ==');
    for (const f of readdirSync(BLIND_DIR).filter((x) => x.endsWith('.jsonl')).sort()) {
      const b = scoreAsked(engine, matcher.index, readAskedLabels(join(BLIND_DIR, f)), readPostingsById(postingsFile));
      line(`${f.replace('.jsonl', '')} (${b.postings})`, b.figures['as-today']);
    }
  }
}
