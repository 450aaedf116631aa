import { expect, test } from 'vitest';
import { listed as listedFor } from './asked';

// Modelled on real new-graduate postings: the fields of study come after "a background in", and
// the list ends the way a degree line does; another line asks for a field as a skill.
const posting = (background: string) => `Software Engineer Graduate (Search) - 2025 Start
Responsibilities
- Build recommendation and search models for video understanding
Minimum Qualifications
- ${background}
- Proficiency in Python or C++
- Experience with deep learning and computer vision
- A background in statistics and data analysis`;

const listed = (text: string) => listedFor(text, { title: 'Software Engineer Graduate' });

test('"a background in A, B, or a related technical discipline" names fields of study, not skills', () => {
  const ids = listed(posting('Current or recent graduate with a background in Software Development, Computer Science, Computer Engineering, or a related technical discipline'));
  expect(ids).toEqual(expect.arrayContaining(['python', 'cpp', 'deep-learning', 'computer-vision', 'statistics', 'data-analysis']));
  expect(ids).not.toContain('software-engineering');
});

test('"a background in" a field without the ending of a list of studies still asks for it', () => {
  expect(listed(posting('Current or recent graduate with a background in software development'))).toContain('software-engineering');
});

// Modelled on real postings whose headings lost their line breaks before the degree line.
test.each([
  ['RequirementsEducationDegree must be in Mathematics, Statistics, Data Science, Operations Research, or Computer Science is required.'],
  ['YOU BRING TO PELOTONM.S. in highly quantitative fields including Computer Science, Operational Research, Statistics, Mathematics, etc.'],
])('a degree word glued to the heading before it still starts a degree line: %s', (line) => {
  const text = `Machine Learning Engineer\nWhat you'll do\n- Build forecasting models in Python\n${line}\n- Experience with SQL and Airflow`;
  const ids = listed(text);
  expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'airflow']));
  for (const field of ['statistics', 'data-science', 'mathematical-optimization', 'research']) expect(ids).not.toContain(field);
});

// Modelled on a development posting (ml1000-212), in our words: another degree in brackets after
// the first ("MS (PhD preferred)") still opens the fields of study.
test('"MS (PhD preferred) in Statistics, Econometrics, Computational Biology or related field" names fields of study', () => {
  const ids = listed(posting('MS (PhD preferred) in Statistics, Applied Mathematics, Econometrics, Computational Biology or related field'));
  expect(ids).toEqual(expect.arrayContaining(['python', 'cpp', 'deep-learning', 'computer-vision', 'statistics', 'data-analysis']));
  expect(ids).not.toContain('causal-inference');
  expect(ids).not.toContain('computational-biology');
  // A field asked as a skill on its own line is still asked.
  expect(listed(`${posting('BS (or MS) in Computer Science or a related field')}\n- Experience with econometrics`)).toContain('causal-inference');
});

// Modelled on development postings (ml1000-587, 366, 413, 965), in our words: the degree's words
// go on before " in " ("with a major in", "of Science in", "focused in", "preferably in"), and the
// fields after them are still what the candidate studied.
const dataPosting = (degree: string) => `Machine Learning Engineer, Forecasting
What you'll do
- Build demand forecasting models in Python and deploy them with Airflow
What you bring
- ${degree}
- 3+ years of experience with SQL and Spark`;

test.each([
  ['Bachelor’s Degree with a major in Computer Science, Engineering, Econometrics, Mathematics, or a similar discipline is highly preferred.'],
  ['Bachelor’s of Science in Econometrics, Computer Science, Applied Mathematics or equivalent'],
  ['Master focused in Computer Science / Econometrics or related field'],
  ["Currently working on obtaining a bachelor's degree preferably in Computer Science, Econometrics or related field of study"],
])('the words of a degree before " in " still open its fields of study: %s', (line) => {
  const ids = listed(dataPosting(line));
  expect(ids).toEqual(expect.arrayContaining(['python', 'airflow', 'sql', 'spark']));
  expect(ids).not.toContain('causal-inference');
});

test('a field asked as a skill beside such a degree line is still asked', () => {
  expect(listed(`${dataPosting('Bachelor’s Degree with a major in Computer Science or Mathematics is highly preferred.')}\n- Experience with econometrics`)).toContain('causal-inference');
});
