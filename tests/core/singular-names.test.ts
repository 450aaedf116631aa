import { expect, test } from 'vitest';
import { asks, listed } from './asked';

// Modelled on the development set's ads and platform postings (ml1000-240 "Dialog System",
// ml1000-256 "contextual bandit algorithms", ml1000-413 "Cloud Function", ml1000-636 "storage
// system performance", ml1000-642 "automated test environments"): names the taxonomy writes in
// the plural, written with their last word in the singular.
const singularPosting = `About the Team
Our Search Ads team builds the ranking systems that match advertisers with hundreds of millions of users.

Responsibilities
- Build and evaluate models for ads ranking and delivery
- Monitor model performance and manage retraining pipelines

Minimum Qualifications
- 3+ years of experience with Python and SQL
- Understanding of unix, tcp/ip networking, storage system performance and concurrency
- Experience with agile software development and highly automated test environments

Preferred Qualifications
- Experience or domain expertise in one or more of the following areas is preferred: NLP, CV, Dialog System, Search, Recommendation Systems, etc.
- Experience with cloud services, preferably GCP Services like Vertex AI, Cloud Function, BigQuery etc.
- Familiarity with causal inference techniques and contextual bandit algorithms preferred

Benefits
- Medical, dental and vision insurance`;

test('a plural-only name of several words is read with its last word in the singular', () => {
  const found = asks(singularPosting);
  expect(found.get('storage-systems')).toBe('required');
  expect(found.get('testing-automation')).toBe('required');
  expect(found.get('model-monitoring')).toBe('required');
  expect(found.get('conversational-ai')).toBe('preferred');
  expect(found.get('cloud-functions')).toBe('preferred');
  expect(found.get('reinforcement-learning')).toBe('preferred');
  expect(listed(singularPosting)).toEqual(expect.arrayContaining(['storage-systems', 'conversational-ai', 'cloud-functions', 'reinforcement-learning']));
});

// The same reading must not name one particular thing of the posting's, start inside another
// name, nor run on into other words.
const particularPosting = `About Us
At Cerebras we build the fastest AI hardware. Our engineers deliver all software and hardware components for Cerebras AI platform, and adding machine learning could have a step function impact for our customers.

Responsibilities
- Teach a live, virtual Machine Learning course for 2 hours per week
- Serve as a seasoned member of an agile team to design and deliver trusted products
- Improve internal tool alignment and automation across analytics teams
- Familiar with deep neural network architectures such as transformers and CNNs

Requirements
- 3+ years of experience with Python and PyTorch
- Hands on experience in large Dataset Pre-processing

Benefits
- Medical, dental and vision insurance`;

test('a singular that names one thing, starts inside a name or runs on is not the plural name', () => {
  const found = asks(particularPosting);
  for (const id of ['ml-platforms', 'step-functions', 'virtualization', 'agile', 'developer-tooling', 'big-data']) expect(found.has(id), id).toBe(false);
  expect(found.get('machine-learning')).toBe('required');
  expect(found.get('neural-networks')).toBe('required');
});

// A line in title case ("Experience With Cloud Function") is no proper name before the name, as
// "for Cerebras AI platform" and "the Together AI inference engine" are.
const titleCasePosting = `About the Role
You will build the production systems that power the Together AI inference engine, enabling reliability at scale.

Required Qualifications
- 3+ Years Of Experience With Python And SQL
- Experience With Cloud Function, BigQuery And Dataflow

Benefits
- Medical, dental and vision insurance`;

test('title case before a singular name is no proper name; a company name in running text is', () => {
  const found = asks(titleCasePosting);
  expect(found.get('cloud-functions')).toBe('required');
  expect(found.has('llm-serving')).toBe(false);
});
