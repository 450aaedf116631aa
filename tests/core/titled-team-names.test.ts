import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the development set's big-company postings (ml1000-805, ml1000-841): the team's
// title-cased name holds a skill a few words before its unit noun.
const teamPosting = `Machine Learning Engineer
The Opportunity
The Fabrikam Document Cloud AI &amp; Innovation team is looking for a Machine Learning Engineer to bring intelligence to PDF workflows used by millions.
What You'll Do
- Develop NLP models that read contracts, forms and invoices
- Ship models to production with our platform engineers
What You Need to Succeed
- 3+ years of experience with Python and PyTorch
- Experience with information extraction or document understanding
Benefits
- Medical, dental and vision coverage`;

test('a skill inside a title-cased team name, its unit noun a few words on, names the team', () => {
  const found = asks(teamPosting);
  expect(found.has('cloud-computing')).toBe(false);
  expect(found.get('nlp')).toBe('required');
  expect(found.get('pytorch')).toBe('required');
});

test('capitalised words that run into "Team player" (a glued item) name no team', () => {
  const glued = `Data Scientist
Requirements
- 2+ years of SQL and Python
- Hands-on experience with Kubernetes Deployments Team player who enjoys pairing`;
  expect(asks(glued).get('kubernetes')).toBe('required');
});

test('a glued item whose verb and object follow the skill ("Redux Develop functions") names no team', () => {
  const glued = `Frontend Engineer
Requirements
- Strong JavaScript and React framework together with Redux Develop functions from start to finish across the stack`;
  expect(asks(glued).get('redux')).toBe('required');
});
