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

// Modelled on a data scientist posting whose requirements run on under a duties heading
// ("Primary Responsibilities"), with a statistics package preferred again in the extras.
const askedUnderDuties = `Data Scientist, Mission Analytics
Requirements
Degree in Mathematics, Statistics or Computer Science is required.
Primary Responsibilities
- Develop solutions to collect large volumes of data from varying sources and clean them.
- Communicate findings to interested stakeholders.
- Experience with programming in R, Python and Java
- Good understanding of quantitative disciplines such as statistics and causal inference
Desired
- Experience with statistical analytics and modeling (e.g., R) a plus
- Familiarity with advanced causal inference techniques preferred`;

test('an ask worded as a qualification under a duties heading is a requirement, not a duty', () => {
  const a = engine.analyze({ title: 'Data Scientist', text: askedUnderDuties, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  // "Experience with programming in R" asks for R: the extras' "a plus" does not make it optional.
  expect(importance.get('r')).toBe('required');
  expect(importance.get('causal-inference')).toBe('required');
  expect(importance.get('python')).toBe('required');
});
