import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const importanceOf = (text: string) =>
  new Map(engine.analyze({ text, source: 'test' }, []).skills.map((s) => [s.name, s.importance]));

// Modelled on scraped LinkedIn postings: the first heading is glued to the company blurb that
// follows it, so the blurb lands under "Responsibilities".
const scraped = `ResponsibilitiesStreamly is the leading destination for short video and live commerce. At Streamly, our mission is to inspire creativity and bring joy. Streamly is headquartered in Austin and has offices in Berlin and Seoul. Streamly is committed to creating an inclusive space where employees are valued for their skills, experiences and unique perspectives.
Team Introduction
The Search team builds the ranking systems behind product discovery for millions of shoppers.
What you'll do
- Design and implement ranking models for search and recommendations
- Build training pipelines in Python and PySpark
Minimum Qualifications
- Master's degree in Computer Science or a related field
- Solid knowledge of data structures and algorithms
- Experience with PyTorch or TensorFlow
Preferred Qualifications
- Experience with Kubernetes is a plus`;

test("the company's words about itself are not asks, even under a glued-on heading", () => {
  const skills = importanceOf(scraped);
  // "our mission is to inspire creativity" asks nothing: not a skill of the posting, or only mentioned.
  expect(skills.get('Creativity') ?? 'mentioned').toBe('mentioned');
  expect(skills.get('PyTorch')).toBe('required');
  expect(skills.get('Data structures')).toBe('required');
  expect(skills.get('Kubernetes')).toBe('preferred');
});

// Modelled on real ads-ranking postings: a line on the culture sits among the duties.
const culture = `Machine Learning Engineer, Ads Ranking
Responsibilities
- Build ranking models for ads in PyTorch
- We embrace a culture of self-direction, intellectual curiosity, openness, and problem-solving.
Qualifications
- Experience with Python and SQL
- Strong communication skills`;

test('the culture the company says it has is no ask of the candidate', () => {
  const gap = engine.analyze({ text: culture, source: 'test' }, []).gap;
  const soft = (gap.missingSoft ?? []).map((s) => s.name);
  expect(soft).toContain('Communication');
  for (const name of ['Adaptability', 'Problem solving']) expect(soft, name).not.toContain(name);
  expect(gap.missingRequired.map((s) => s.name)).toEqual(expect.arrayContaining(['PyTorch', 'Python', 'SQL']));
});

test('a long run-together requirements line keeps its asks despite a company phrase in it', () => {
  // Real postings scraped without line breaks run a whole list into one "sentence".
  const text = `Requirements
* BS/BA degree or equivalent experience * Expertise in Java 8 concepts such as Lambdas and Streams * Experience with distributed caching and messaging technologies such as JMS and Kafka * Knowledge of Kubernetes and Docker on GCP * Our firm is a global leader in financial services providing strategic advice to the world's most prominent corporations`;
  const skills = importanceOf(text);
  expect(skills.get('Java')).toBe('required');
  expect(skills.get('Kafka')).toBe('required');
  expect(skills.get('Kubernetes')).toBe('required');
});

test.each([
  ['- You are committed to writing clean, tested code in Python and Go.', ['python', 'go']],
  ['- 3+ years building pension fund risk models in Python and R.', ['python', 'r']],
  ['- 2+ years of experience with compensation and equity analytics in SQL.', ['sql']],
])('an ask that shares words with benefits or the company voice stays an ask: %s', (line, ids) => {
  const text = `Data Engineer\nRequirements\n- Experience with Airflow\n${line}\nBenefits\n- Health insurance`;
  const skills = engine.analyze({ text, source: 'test' }, []).skills;
  for (const id of ids) expect(skills.find((s) => s.id === id)?.importance, id).toBe('required');
});

test('legal text and team names are not asks: fair-chance notices, "in compliance with", "the research team"', () => {
  const text = `Machine Learning Engineer
Requirements
- 3+ years of experience with Python and PyTorch
- You will partner closely with the research team and the platform team
Qualified applicants with arrest or conviction records will be considered for employment in accordance with fair chance laws; criminal history may relate to duties such as access to information technology systems and exercising sound judgment.
In compliance with federal law, all persons hired will be required to verify identity.`;
  const skills = importanceOf(text);
  expect(skills.get('PyTorch')).toBe('required');
  for (const name of ['Research', 'Information systems', 'Decision making', 'Regulatory compliance']) {
    expect(skills.get(name) ?? 'mentioned', name).toBe('mentioned');
  }
});

test("a recruiting-fraud warning lists what the employer never asks for, not what the job asks", () => {
  // Modelled on the fraud notices closing real postings.
  const text = `Data Engineer
Requirements
- 3+ years of experience with Python and SQL
- A valid driver's license and the ability to travel to client sites
Please be careful of fake recruiters using our name. Acme will never request private information during the application process, such as a driver's license or bank details.`;
  expect(importanceOf(text).get('Python')).toBe('required');
  expect(importanceOf(text).get("Driver's licence")).toBe('required');
  const warningOnly = text.replace("- A valid driver's license and the ability to travel to client sites\n", '');
  expect(importanceOf(warningOnly).get("Driver's licence") ?? 'mentioned').toBe('mentioned');
});

test('"About <Company>:" run into the text is the company blurb, not the preferred skills before it', () => {
  // Modelled on scraped postings whose line breaks were lost.
  const text = `Responsibilities:Build ranking models in PyTorch for Feed. Preferred Qualifications:Experience with recommender systems and ML areasAbout Acme:Acme builds technologies that help people connect, from augmented and virtual reality to the rules of physics in AI research.`;
  const skills = importanceOf(text);
  expect(skills.get('PyTorch')).toBe('required');
  expect(skills.get('Recommender systems')).toBe('preferred');
  expect(skills.get('Physics')).toBe('mentioned');
});

test("the employer's own name is not a skill it asks for", () => {
  const text = `About the role\nAt Slack, we build the future of work.\nRequirements\n- 5+ years with Java and Kafka\n- Experience with Slack integrations is a plus`;
  const importance = (company?: string) =>
    engine.analyze({ text, source: 'test', ...(company ? { company } : {}) }, []).skills.find((s) => s.id === 'slack')?.importance;
  // Without the page's company field, "At Slack, we…" names the employer (employer.ts).
  expect(importance()).toBe('mentioned');
  expect(importance('Slack Technologies, LLC')).toBe('mentioned');
  // Another employer that asks for the tool.
  const elsewhere = text.replace('At Slack, we build', 'At Acme, we build');
  expect(engine.analyze({ text: elsewhere, source: 'test' }, []).skills.find((s) => s.id === 'slack')?.importance).toBe('preferred');
  expect(engine.analyze({ text, source: 'test', company: 'Slack' }, []).skills.find((s) => s.id === 'kafka')?.importance).toBe('required');
});
