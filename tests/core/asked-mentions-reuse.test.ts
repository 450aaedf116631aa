/**
 * The page's highlights ask for the posting's asked mentions right after the analysis
 * (findMentions with askedOnly): on the text just analysed, the engine answers from what the
 * analysis read, and that answer must be the one a fresh read gives; with the posting's company,
 * the employer's own name is told apart as the analysis does.
 */
import { describe, expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createEngine } from '../../src/core/engine';
import { HAS_REAL_POSTINGS, realPostings } from './helpers';

const reused = createEngine(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES);
const fresh = createEngine(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES);
const user = [{ id: 'python', name: 'Python' }];
const key = (m: { skillId: string; span: { start: number; end: number } }) => `${m.skillId}@${m.span.start}-${m.span.end}`;

describe.skipIf(!HAS_REAL_POSTINGS)('asked mentions after an analysis', () => {
  // Read only where the data is: vitest runs a skipped describe's body to collect its tests.
  const postings = HAS_REAL_POSTINGS ? realPostings().slice(0, 60) : [];

  // The fresh engine analyses nothing: each of its answers is a read of its own.
  test('are what a fresh read finds, with and without the company, on real postings', () => {
    for (const p of postings) {
      for (const company of [p.company, undefined]) {
        reused.analyze({ text: p.description, company, source: 'test' }, user);
        const expected = fresh.findMentions(p.description, { askedOnly: true, company });
        expect(reused.findMentions(p.description, { askedOnly: true, company }), p.id).toEqual(expected);
      }
    }
  }, 60_000);

  test("with the company, its own name is no ask: Splunk's posting", () => {
    const p = postings.find((x) => x.company === 'Splunk' && x.description.includes('Integrate AI/ML solutions into Splunk'));
    expect(p).toBeDefined();
    // The posting opens "Splunk, a Cisco company, is building…", which tells the employer without
    // the company given (src/core/employer-names.ts); told otherwise, only the company given does.
    expect(p!.description).toMatch(/^Splunk, a Cisco company, is /);
    expect(reused.findMentions(p!.description, { askedOnly: true }).some((m) => m.span.text === 'Splunk')).toBe(false);
    const text = p!.description.replaceAll('Splunk, a Cisco company, is', 'We are');
    const withCompany = reused.findMentions(text, { askedOnly: true, company: 'Splunk' });
    const without = reused.findMentions(text, { askedOnly: true });
    const kept = new Set(withCompany.map(key));
    const dropped = without.filter((m) => !kept.has(key(m)));
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((m) => m.span.text === 'Splunk')).toBe(true);
    // The analysis counts the same: Splunk is not among what the posting asks.
    const analysis = reused.analyze({ text, company: 'Splunk', source: 'test' }, user);
    expect(analysis.skills.find((s) => s.name === 'Splunk')?.importance ?? 'mentioned').toBe('mentioned');
  });
});
