import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on an ML platform posting: an orchestration list that names Argo's workflow engine,
// once as "Argo Workflow" and once as the bare project name, beside a GitOps line that asks for Argo CD.
const platformPosting = `Senior Machine Learning Engineer, ML Platform
About the role
You will build the platform our researchers use to train, evaluate and ship models every day.
What you'll do
- Own the training and batch-inference pipelines, from data loading to model registry
- Work with data scientists to move notebooks into scheduled, monitored jobs
What we're looking for
- 5+ years of experience in Python and distributed systems
- Experience using ML orchestration frameworks such as Ray, Kubeflow, Metaflow, MLflow, Flyte, Dagster, Argo Workflow or Prefect
- Experience with one or more orchestration platforms like Kubeflow, Apache Airflow, or Argo for end-to-end model building and training
Nice to have
- Experience deploying services to Kubernetes with Helm and Argo CD`;

test("Argo's workflow engine is Argo Workflows, not the Argo CD deployment tool", () => {
  const found = asks(platformPosting);
  expect(found.get('argo-workflows')).toBe('required');
  // Argo CD is asked by its own name only, in the nice-to-have line.
  expect(found.get('argocd')).toBe('preferred');
});

test('without Argo CD named, no Argo CD is asked', () => {
  const found = asks(platformPosting.replace(' and Argo CD', ''));
  expect(found.has('argocd')).toBe(false);
  expect(found.has('argo-workflows')).toBe(true);
});
