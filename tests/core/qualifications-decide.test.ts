import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real ML postings: a duty names a tool the qualifications call a plus; the field
// of the job is in every duty and once in an optional line.
const posting = `Machine Learning Engineer, Protein Design
Position Description
- Develop machine learning models to design proteins with our biologists
- Build machine learning pipelines and orchestrate them in Airflow
- Evaluate machine learning predictions against lab results
Position Requirements
- 3+ years of experience with Python and PyTorch
- Strong software engineering skills
Nice To Haves
- Experience with Airflow is a plus
- Domain expertise in computational biology or structural biology
- Optional: experience in low-level machine learning optimization`;

test('the qualifications say how much a skill the duties name is needed', () => {
  const a = engine.analyze({ title: 'Machine Learning Engineer', text: posting, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  expect(importance.get('airflow')).toBe('preferred');
  expect(importance.get('computational-biology')).toBe('preferred');
  expect(importance.get('python')).toBe('required');
  // Named in every duty, preferred once: the field of the job stays required.
  expect(importance.get('machine-learning')).toBe('required');
});
