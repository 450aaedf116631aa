import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const importanceOf = (text: string) =>
  new Map(engine.analyze({ text, title: 'Data Scientist', source: 'test' }, []).skills.map((s) => [s.name, s.importance]));

// Modelled on a steel maker's posting as a job board flattens it: the last requirement, a long
// list of tools, runs into the equal employment notice with no space or full stop between.
const lowerJoin = `Data Scientist
Qualifications
Bachelor's degree in a related area and 3 years of experience
Experience with analytical tools and languages - E.g. Python, SageMaker, R, SAS, Tableau, PowerBI, Alteryx, Spotfire, SAP HANA, Oracle, SQL language or SQL-likeSteelworks believes in equal employment opportunity related to all employees and applicants for employment. It is the policy of Steelworks that there will be no discrimination against any employee or applicant on the basis of race, religion, color, national origin, sex or age.`;

// Modelled on a defence contractor's posting: the tools line, then the notice glued to the last
// tool's acronym; the notice names what the company is.
const acronymJoin = `Machine Learning Software Engineer
Required Skills
Background in Signal Processing or Image Processing
Tools & Frameworks: OpenCV, MySQL, MongoDB, AWSNorthbeam Technologies, a machine learning company, is an equal opportunity employer, and all qualified applicants will receive consideration for employment without regard to race, color, religion or sex.`;

test("a list's last item glued to the equal employment notice after it is still asked", () => {
  const skills = importanceOf(lowerJoin);
  for (const name of ['Python', 'Tableau', 'Power BI', 'SAP HANA', 'SQL']) expect(skills.get(name), name).toBe('required');
});

test('the notice after the join stays legal text: what the company is, is no ask', () => {
  const skills = importanceOf(acronymJoin);
  for (const name of ['OpenCV', 'MySQL', 'MongoDB']) expect(skills.get(name), name).toBe('required');
  expect(skills.get('Machine learning') ?? 'mentioned').toBe('mentioned');
});
