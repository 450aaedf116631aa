import { expect, test } from 'vitest';
import { listed as listedAlone } from './asked';

/** Soft skills too: "a collaborative culture" asks for collaboration. */
const listed = (text: string) => listedAlone(text, { soft: true });

// Modelled on development postings (ml1000-841, ml1000-851, ml1000-34, ml1000-600), in our words:
// a field right before a noun of the company's plans, artefacts or a course names that, and asks
// for nothing.
const plans = `Machine Learning Engineer
What you'll do
- Contribute to our overall machine learning and data management culture as a member of the team
- Study and transform data science prototypes into production solutions
- Drive Advanced Analytics, BI initiatives, and ML opportunities in the People space
Requirements
- 3+ years of experience with Python, SQL and PyTorch
- A rigorous data science boot camp or a Master's degree in a quantitative field
- We believe a small team with a collaborative culture moves faster`;

test("a field before 'culture', 'prototypes', 'initiatives' or 'boot camp' is not asked", () => {
  const ids = listed(plans);
  expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'pytorch']));
  for (const id of ['data-management', 'data-science', 'business-intelligence']) expect(ids).not.toContain(id);
});

test('a soft skill before a culture still says the people wanted, and a field asked on its own is asked', () => {
  expect(listed(plans)).toContain('collaboration');
  expect(listed(`${plans}\n- Experience with data management and business intelligence`)).toEqual(expect.arrayContaining(['data-management', 'business-intelligence']));
});

// Modelled on development postings (ml1000-171, ml1000-390, ml1000-764), in our words: the
// platform where the candidate's work can be seen is not a tool the posting asks for.
const showcase = `Machine Learning Engineer
Requirements
- 3+ years of experience with Python and PyTorch
- Open-source contributions or a robust GitHub portfolio
- Research publications, preferably viewable through open source channels (arXiv, GitHub, etc.)
- Examples of relevant work, such as GitHub repositories, StackOverflow contributions, or other project portfolios`;

test('GitHub named as where work is shown is not asked; as a tool it is', () => {
  const ids = listed(showcase);
  expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch']));
  expect(ids).not.toContain('github');
  expect(listed(`${showcase}\n- Experience with Git/GitHub and code review tools`)).toContain('github');
});
