import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real research-scientist postings: publications are asked as proof of past work,
// like the degree and the years beside them, in the required list and again as a preference.
const posting = `Research Scientist, Recommendation
What you'll do
- Design ranking and retrieval models for our feed, from idea to online A/B test
- Publish and open source your research
Minimum Qualifications
- PhD in Computer Science, Machine Learning or a related field
- 2+ years of experience with deep learning in PyTorch
- A publication record in top journals or conferences
Preferred Qualifications
- Publications in top venues (e.g., NeurIPS, ICML, ICLR, KDD, SIGIR)
- Experience with Spark and large-scale recommender systems
- Winners of machine learning competitions such as Kaggle is an advantage`;

test('a publication record is not listed as a missing skill, and still tells a research role', () => {
  const a = engine.analyze({ title: 'Research Scientist', text: posting, source: 'test' }, []);
  const listed = [...a.gap.missingRequired, ...a.gap.missingPreferred, ...(a.gap.missingSoft ?? [])].map((s) => s.id);
  expect(listed).toEqual(expect.arrayContaining(['deep-learning', 'pytorch', 'spark', 'recommender-systems']));
  expect(listed).not.toContain('scientific-publishing');
  expect(listed).not.toContain('kaggle');
  // Still one of the posting's asks, for the roles.
  expect(a.skills.find((s) => s.id === 'scientific-publishing')?.importance).toBe('required');
});
