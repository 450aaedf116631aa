import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { statusMap } from '../../src/content/status';
import { STATUS_LABEL } from '../../src/page/highlight-style';

const engine = getBundledEngine();
const text = readFileSync('tests/fixtures/postings/data-engineer.txt', 'utf8');

describe('the hover label tells what the popup tells', () => {
  // AWS is asked; the user has GCP, a sibling: the popup lists AWS under "Related".
  const mine = [{ id: 'python', name: 'Python' }, { id: 'google-cloud', name: 'Google Cloud' }, { id: 'bigquery', name: 'BigQuery' }];
  const analysis = engine.analyze({ text, source: 'text' }, mine);
  const statuses = statusMap(analysis, mine);

  test('a related skill is labelled related, not "Mentioned" or missing', () => {
    expect(analysis.gap.related.length).toBeGreaterThan(0);
    for (const r of analysis.gap.related) {
      expect(statuses.get(r.id), r.id).toBe('related');
      expect(STATUS_LABEL[statuses.get(r.id)!]).toMatch(/^Related/);
    }
  });

  test('each popup list maps to its own label', () => {
    for (const s of analysis.gap.matched) expect(statuses.get(s.id)).toBe('have');
    for (const s of analysis.gap.missingRequired) expect(statuses.get(s.id)).toBe('missing-required');
    for (const s of analysis.gap.missingPreferred) expect(statuses.get(s.id)).toBe('missing-preferred');
  });
});

describe('probably covered', () => {
  test('a method under a broad skill I have is labelled as the popup lists it', () => {
    const ds = readFileSync('tests/fixtures/postings/data-scientist.txt', 'utf8');
    const mine = [{ id: 'machine-learning', name: 'Machine learning' }, { id: 'statistics', name: 'Statistics' }];
    const analysis = engine.analyze({ text: ds, source: 'text' }, mine);
    const covered = analysis.gap.probablyCovered ?? [];
    expect(covered.length).toBeGreaterThan(0);
    const statuses = statusMap(analysis, mine);
    for (const s of covered) expect(STATUS_LABEL[statuses.get(s.id)!], s.id).toBe('Probably covered by a skill you have');
  });
});
