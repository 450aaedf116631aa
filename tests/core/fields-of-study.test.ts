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
