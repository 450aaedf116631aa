import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const analyze = (text: string) => engine.analyze({ title: 'Machine Learning Engineer', text, source: 'test' }, []);

// Modelled on ML postings of the development set (a GenAI team's and an observability vendor's).
const posting = `About the Role
As a Machine Learning Engineer on our GenAI Engineering team, you will shape the models behind our products.

Responsibilities
- Participate in code reviews, design discussions, and technical presentations
- Build and deploy models for our cybersecurity use cases

Qualifications
- Be proficient in one or more programming languages such as Python, C++, or CUDA
- Understand deep learning frameworks such as PyTorch, TensorFlow, or similar
- Experience with MLOps platforms such as MLflow or Kubeflow
- Familiarity with cloud platforms (AWS, GCP, Azure)
- Experience with BI tools such as Tableau or Looker

Benefits
- Health, dental and vision insurance`;

test('a kind of tool named after a field asks for the field beside its products', () => {
  const skills = new Map(analyze(posting).skills.map((s) => [s.id, s]));
  expect(skills.get('deep-learning')?.importance).toBe('required');
  expect(skills.get('mlops')?.importance).toBe('required');
  // The field is an ask of its own, not one of the products' alternatives.
  expect(skills.get('deep-learning')?.anyOf).toBeUndefined();
  expect(skills.get('pytorch')?.importance).toBe('required');
  expect(skills.get('mlflow')?.importance).toBe('required');
});

test('a kind named after no field asks only for its products', () => {
  const skills = new Map(analyze(posting).skills.map((s) => [s.id, s]));
  // "cloud platforms (AWS, …)" and "BI tools such as Tableau": neither "cloud" nor BI is a field asked here.
  expect(skills.get('cloud-computing')?.importance ?? 'mentioned').toBe('mentioned');
  expect(skills.get('business-intelligence')?.importance ?? 'mentioned').toBe('mentioned');
  expect(skills.get('tableau')?.importance).toBe('required');
});

// Modelled on the data-heavy ML postings of the development set (ml1000-302 "mainstream big data
// tools (e.g., MapReduce, Spark…)", ml1000-630 "big data frameworks (Spark, Hadoop, Dask)").
const dataPosting = `About the Role
Our ads platform serves billions of requests a day, and you will build the models behind it.

Responsibilities
- Build and deploy ranking models for ads delivery

Qualifications
- 3+ years of experience with Python and SQL
- Experience with mainstream big data tools (e.g., MapReduce, Spark, Flink, Kafka, etc.)
- Familiar with modern testing frameworks such as Jest or Cypress
- Familiarity with cloud platforms (AWS, GCP, Azure)

Benefits
- Health, dental and vision insurance`;

test('a kind named after a generic skill asks for it beside its products, the cloud of cloud platforms excepted', () => {
  const skills = new Map(analyze(dataPosting).skills.map((s) => [s.id, s]));
  expect(skills.get('big-data')?.importance).toBe('required');
  expect(skills.get('big-data')?.anyOf).toBeUndefined();
  expect(skills.get('software-testing')?.importance).toBe('required');
  expect(skills.get('spark')?.importance).toBe('required');
  expect(skills.get('cloud-computing')?.importance ?? 'mentioned').toBe('mentioned');
  expect(analyze(dataPosting).gap.missingRequired.map((s) => s.id)).toContain('big-data');
});
