import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const analyze = (text: string) => engine.analyze({ title: 'Machine Learning Engineer', text, source: 'test' }, []);
const asks = (text: string) => new Map(analyze(text).skills.filter((s) => s.importance !== 'mentioned').map((s) => [s.id, s.importance]));

// Modelled on the MLOps postings of the development set (ml1000-363, ml1000-601: "CI/CD for ML").
const mlopsPosting = `About the Role
We are looking for a talented Machine Learning Engineer to join our platform team.

Responsibilities
- Deploy and monitor models in production
- Ensure adherence to MLOps principles, including automation, CI/CD for ML, and reproducibility.

Qualifications
- Experience with cloud platforms such as AWS, Azure, or GCP
- Hands-on experience with MLOps, CI/CD for machine learning, and containerization tools (Docker, Kubernetes)
- Experience building continuous training pipelines is a plus

Benefits
- Health, dental and vision insurance`;

test('CI/CD for ML is the CI/CD a candidate lists; continuous training is its own practice', () => {
  const found = asks(mlopsPosting);
  expect(found.get('ci-cd')).toBe('required');
  expect(found.get('ml-ci-cd')).toBe('preferred');
  const gap = analyze(mlopsPosting).gap;
  expect(gap.missingRequired.map((s) => s.name)).toContain('CI/CD');
  expect(gap.missingRequired.map((s) => s.id)).not.toContain('ml-ci-cd');
  // A user who lists CI/CD meets it.
  const withCi = engine.analyze({ title: 'Machine Learning Engineer', text: mlopsPosting, source: 'test' }, [{ id: 'ci-cd', name: 'CI/CD' }]);
  expect(withCi.gap.matched.map((s) => s.id)).toContain('ci-cd');
});
