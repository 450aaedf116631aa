import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';
import { readAskedLabels, readPostingsById, scoreAsked } from '../../scripts/eval/asked';
import { scoreDetection } from '../../scripts/eval/detection';
import { readLabelledPostings, scoreRoles } from '../../scripts/eval/roles';
import { readSpanPostings, scoreSpans } from '../../scripts/eval/skill-spans';
import { runTraps } from '../../scripts/eval/traps';
import { SHARED_DATA } from '../core/helpers';

/**
 * Quality floors on the development data, a little under the figures `npm run eval` measured
 * when they were set, so a later change can't silently lose them. The measured figures live in
 * the eval output and the README, not here.
 */
const engine = getBundledEngine();
const matcher = createMatcher(BUNDLED_TAXONOMY);
const POSTINGS = join(SHARED_DATA, 'job_postings/ml_jobs_us_2024_2025.dev.jsonl');
const SPANS = join(SHARED_DATA, 'skill_spans/skillspan/postings_dev.jsonl');
const PAGES = join(SHARED_DATA, 'job_pages_html');
const MORE_PAGES = join(SHARED_DATA, 'job_pages_more');
const ASKED = join(SHARED_DATA, 'asked/dev-labels.jsonl');

test('the traps are zero', () => {
  expect(runTraps((text) => engine.analyze({ text, source: 'test' }, []))).toEqual([]);
});

describe.skipIf(!existsSync(POSTINGS))('roles on real postings, labelled by their titles', () => {
  // Read only when the data is there: a skipped describe still runs its body.
  const { labelled, unlabelled } = existsSync(POSTINGS) ? readLabelledPostings(POSTINGS) : { labelled: [], unlabelled: 0 };
  const r = scoreRoles(engine, labelled, unlabelled);

  test('with the title', () => {
    expect(r.withTitle.top1).toBeGreaterThanOrEqual(0.95);
    expect(r.withTitle.top3).toBeGreaterThanOrEqual(0.99);
  });

  test('from the description alone', () => {
    expect(r.textOnly.top1).toBeGreaterThanOrEqual(0.87);
    expect(r.textOnly.top3).toBeGreaterThanOrEqual(0.97);
  });
});

describe.skipIf(!existsSync(SPANS))('skill spans against SkillSpan Knowledge (dev split)', () => {
  const s = scoreSpans(matcher, existsSync(SPANS) ? readSpanPostings(SPANS) : []);
  test('strict and loose span F1', () => {
    expect(s.strict.f1).toBeGreaterThanOrEqual(0.45);
    expect(s.loose.f1).toBeGreaterThanOrEqual(0.63);
  });
  // Issue 8's target: any-overlap recall at least 0.65 with precision at least 0.60.
  test('any-overlap recall and precision', () => {
    expect(s.loose.recall).toBeGreaterThanOrEqual(0.65);
    expect(s.loose.precision).toBeGreaterThanOrEqual(0.6);
  });
});

describe.skipIf(!existsSync(join(PAGES, 'manifest.csv')))('job-page detection on saved real pages', () => {
  test('precision and recall', () => {
    // Both folders: the second (LinkedIn signed in, raw Workday, search pages of many boards) is
    // the harder one.
    const d = scoreDetection([PAGES, MORE_PAGES], (t) => matcher.findMentions(t).length);
    expect(d.rows.length).toBeGreaterThanOrEqual(44);
    expect(d.precision).toBeGreaterThanOrEqual(0.98);
    expect(d.recall).toBeGreaterThanOrEqual(0.98);
    // 44 saved pages, some over a megabyte, parsed on a shared machine: a limit for hangs, not for speed.
  }, 120_000);

  test('the general reader alone (every page at an address of no known site)', () => {
    const d = scoreDetection([PAGES, MORE_PAGES], (t) => matcher.findMentions(t).length, true);
    // 100% on the 44 pages (17 postings): one error costs 6 points of recall or 3 of precision.
    expect(d.precision).toBeGreaterThanOrEqual(0.98);
    expect(d.recall).toBeGreaterThanOrEqual(0.98);
    // Every kind of page, two-pane searches with a posting open included.
    for (const k of d.perKind) expect(k.right, k.kind).toBe(k.pages);
  }, 120_000);
});

describe.skipIf(!existsSync(ASKED) || !existsSync(POSTINGS))('the gap against skills people labelled as asked (dev)', () => {
  test('precision, recall and required/preferred agreement, hard skills only', () => {
    const r = scoreAsked(engine, matcher.index, readAskedLabels(ASKED), readPostingsById(POSTINGS));
    const f = r.figures['hard-only'];
    // Issue 8's targets: recall at least 0.90 of resolved labels and 0.85 of all, precision at
    // least 0.90, agreement at least 0.95 (measured 0.938, 0.914, 0.874, 0.969).
    expect(f.precision).toBeGreaterThanOrEqual(0.93);
    expect(f.recallResolved).toBeGreaterThanOrEqual(0.9);
    expect(f.recallAll).toBeGreaterThanOrEqual(0.87);
    expect(f.agreement).toBeGreaterThanOrEqual(0.96);
  });
});

describe.skipIf(!existsSync(POSTINGS))('the gap on postings labelled blind and never read while tuning (scripts/eval/asked-blind)', () => {
  const blind = (file: string) =>
    scoreAsked(engine, matcher.index, readAskedLabels(join(import.meta.dirname, '../../scripts/eval/asked-blind', file)), readPostingsById(POSTINGS)).figures['as-today'];
  // Each set's floors sit just under its figures when last raised (precision, recall of resolved
  // labels, recall of all labels, agreement):
  // - d-holdout: 0.887, 0.876, 0.786, 0.974 (0.847, 0.814, 0.720, 0.934 at the start of the blind labels' day);
  // - e-holdout, labelled a day later by four new readers: 0.894, 0.874, 0.773, 0.974 (0.882, 0.861, 0.746, 0.961 when written);
  // - f-holdout, labelled on a third day by four more: 0.904, 0.879, 0.788, 0.967 (0.895, 0.839, 0.747, 0.941 when written);
  // - g-holdout, labelled on a fourth day by four more (the last 60 of 92 unlabelled): 0.913, 0.889, 0.817, 0.959 (0.906, 0.865, 0.783, 0.935 when written).
  test.each([
    ['d-holdout.jsonl', { precision: 0.885, recallResolved: 0.87, recallAll: 0.78, agreement: 0.97 }],
    ['e-holdout.jsonl', { precision: 0.89, recallResolved: 0.87, recallAll: 0.77, agreement: 0.97 }],
    ['f-holdout.jsonl', { precision: 0.9, recallResolved: 0.875, recallAll: 0.785, agreement: 0.965 }],
    ['g-holdout.jsonl', { precision: 0.91, recallResolved: 0.885, recallAll: 0.815, agreement: 0.955 }],
  ])('%s: precision, recall and agreement stay where the blind labels put them', (file, floor) => {
    const f = blind(file);
    expect(f.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(f.recallResolved).toBeGreaterThanOrEqual(floor.recallResolved);
    expect(f.recallAll).toBeGreaterThanOrEqual(floor.recallAll);
    expect(f.agreement).toBeGreaterThanOrEqual(floor.agreement);
  });
});
