import { expect, test } from 'vitest';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';
import { scoreAsked } from '../../scripts/eval/asked';

const POSTING = `Senior Data Scientist, Marketplace Pricing

About the role
You will build the pricing models behind our marketplace and run the experiments that tune them.

What you'll do
- Design, run and analyse A/B tests on pricing and ranking changes
- Build forecasting models in Python and ship them with our engineers

Required qualifications
- 5+ years of experience with Python and SQL
- Strong background in statistics and causal inference

Nice to have
- Experience with Spark or Databricks
- Mentoring junior data scientists

We offer a 401(k) match, health insurance and flexible hours.`;

const engine = getBundledEngine();
const index = createMatcher(BUNDLED_TAXONOMY).index;
const postings = new Map([['pricing-1', { id: 'pricing-1', title: 'Senior Data Scientist', description: POSTING }]]);

test('a soft skill the posting prefers agrees with a label that prefers it: it is scored under the heading the engine read, not as required', () => {
  const analysis = engine.analyze({ title: 'Senior Data Scientist', text: POSTING, source: 'test' }, []);
  expect(analysis.skills.find((s) => s.id === 'mentoring')?.importance).toBe('preferred');
  const report = scoreAsked(engine, index, [{ id: 'pricing-1', required: ['Python', 'SQL'], preferred: ['Mentoring'], duties: [], soft: [] }], postings);
  expect(report.swapped).toEqual([]);
  expect(report.figures['as-today'].agreed).toBe(3);
});
