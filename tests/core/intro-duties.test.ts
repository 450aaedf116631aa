import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the development set's analytics postings (ml1000-708, ml1000-748): the work of the
// one hired said in the opening paragraph, before the headings, in the second person.
const introPosting = `Data Scientist, Marketing Analytics
Acme Rewards is seeking a Data Scientist to join our Marketing Analytics team.
As a Data Scientist, you will be responsible for using the latest developments in statistics, causal inference, and data visualizations.
You will have the opportunity to work with Snowflake and dbt alongside our analytics engineers.
What you will be doing
- Partner with marketing leaders to measure campaign performance
What we are looking for
- 2+ years of experience in a data science role
- Proficiency in Python and SQL`;

test('the work "you will" do, said before the headings, is asked as a duty is', () => {
  const found = asks(introPosting);
  expect(found.get('statistics')).toBe('required');
  expect(found.get('causal-inference')).toBe('required');
  // What the team works with, offered as an opportunity, is no duty.
  expect(found.has('snowflake')).toBe(false);
  expect(found.has('dbt')).toBe(false);
});

test('a role introduced in the opening that does no work names no duty', () => {
  const found = asks(`Machine Learning Engineer
As a Machine Learning Engineer, you will join a team that loves Kubernetes and Rust.
Requirements
- 3+ years of Python`);
  expect(found.has('kubernetes')).toBe(false);
  expect(found.has('rust')).toBe(false);
});
