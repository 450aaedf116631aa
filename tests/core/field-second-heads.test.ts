import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real ML engineering postings (../shared/data): a field's models and its pipelines
// written with the field's name once, the phrase going on with what they are for or where.
const posting = `Machine Learning Engineer, Simulation
About the role
We build AI tools that help engineers explore designs faster.
Responsibilities
- Design, develop, and optimize machine learning models and pipelines for deployment in production environments
- Work with research scientists to scale model training to multi-GPU cloud compute
Requirements
- 3+ years of experience in Python and PyTorch
- Experience with Docker and Kubernetes
Nice to have
- Exposure to building machine learning models and pipelines in Python, using common libraries such as NumPy and pandas
Benefits
- Health, dental and vision insurance`;

test("'machine learning models and pipelines for deployment' names ML pipelines, in the duties and the preferences", () => {
  const a = engine.analyze({ title: 'Machine Learning Engineer', text: posting, source: 'test' }, []);
  const pipelines = a.skills.find((s) => s.id === 'ml-pipelines');
  // Named in the duties and again under "Nice to have": a preference, as machine learning is.
  expect(pipelines?.importance).toBe('preferred');
  expect(pipelines?.mentions.map((m) => m.text)).toEqual(['pipelines', 'pipelines']);
  expect(a.gap.missingPreferred.map((s) => s.id)).toContain('ml-pipelines');
});

test('a kind of tool after the models is made there, not asked; a lone word after another skill still needs its phrase to end', () => {
  const ids = (text: string) => engine.findMentions(text).map((m) => m.skillId);
  expect(ids('Build deep learning models and frameworks for our internal research teams.')).toEqual(['deep-learning']);
  expect(ids('Experience with data analysis and modeling in Python.')).not.toContain('data-modeling');
});
