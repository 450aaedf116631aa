import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real postings whose line breaks survived: a blurb full of skill-like words, the
// team's name, a degree line, the company's stack, then what it asks.
const posting = `About Fabrik
Fabrik builds robots for factories. At Fabrik, we're on a journey to bring Industry 4.0 and AI to every plant, working with stakeholders across a wide range of industries.
You will join our Data Science team.
What you'll do
- Build forecasting models in Python and deploy them on AWS
- Present results to stakeholders
Requirements
- Bachelor's degree in Statistics, Computer Science or a related field
- 3+ years of experience with SQL and Airflow
- Strong leadership skills
Our stack:
- Snowflake, dbt, Looker`;

const highlighted = () => engine.findMentions(posting, { askedOnly: true }).map((m) => m.span.text);

test('highlights mark what the posting asks, not the words of its blurb', () => {
  const marked = highlighted();
  expect(marked).toEqual(expect.arrayContaining(['Python', 'AWS', 'SQL', 'Airflow', 'leadership']));
  for (const word of ['robots', 'AI', 'stakeholders', 'industries', 'Data Science', 'Statistics', 'Computer Science', 'Snowflake']) {
    expect(marked, word).not.toContain(word);
  }
});

test('the analysis lists none of the blurb, team, degree or stack words as missing', () => {
  const gap = engine.analyze({ text: posting, source: 'test' }, []).gap;
  const missing = [...gap.missingRequired, ...gap.missingPreferred].map((s) => s.name);
  expect(missing).toEqual(expect.arrayContaining(['Python', 'AWS', 'SQL', 'Apache Airflow']));
  for (const name of ['Artificial intelligence', 'Stakeholder management', 'Industries', 'Data science', 'Statistics', 'Snowflake']) {
    expect(missing, name).not.toContain(name);
  }
});
