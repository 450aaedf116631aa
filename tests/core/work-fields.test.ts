import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const importanceOf = (text: string) =>
  new Map(engine.analyze({ text, source: 'test' }, []).skills.map((s) => [s.name, s.importance]));

// Modelled on the ML platform postings of an observability vendor and on applied-ML postings:
// the fields the work serves, is at the frontier or intersection of, or keeps up with sit among
// the duties, beside real asks.
const posting = `Machine Learning Engineer, AI Platform
About the team
We work at the frontier of AI and software engineering. Our team's mission is to drive revenue growth through advanced machine learning and data science.
Responsibilities
- Development of the ML platform and infrastructure that drives our product's key ML use cases in the cybersecurity and observability domains.
- Work at the intersection of data science and software engineering to turn research into reusable libraries.
- Stay up to date with the latest developments in AI, deep learning, and related technologies.
Qualifications
- 3+ years of experience with Python and PyTorch
- Experience with Kubernetes and Docker`;

test('the fields the work serves or follows are not asked; the skills beside them are', () => {
  const skills = importanceOf(posting);
  // A named discipline kept up with is followed, not asked, as a broad field is: readers leave it out.
  for (const name of ['Security', 'Observability', 'Artificial intelligence', 'Data science', 'Software engineering', 'Deep learning'])
    expect(skills.get(name) ?? 'mentioned', name).toBe('mentioned');
  for (const name of ['Python', 'PyTorch', 'Kubernetes', 'Docker']) expect(skills.get(name), name).toBe('required');
});

test('programming in generic languages, or including but not limited to them, asks for the languages', () => {
  const skills = importanceOf(`Backend Engineer, ML Systems
Responsibilities
- Build services that serve ranking models to millions of users
Qualifications
- Strong programming skills in generic programming languages such as Go or Rust
- Solid programming skills, including but not limited to: C++ and Java`);
  expect(skills.get('Software engineering') ?? 'mentioned').toBe('mentioned');
  for (const name of ['Go', 'Rust', 'C++', 'Java']) expect(skills.get(name), name).toBe('required');
});

test('the same fields asked in so many words stay asked', () => {
  const skills = importanceOf(`Security Engineer
Qualifications
- Experience in the cybersecurity domain
- Strong knowledge of the latest advancements in AI, NLP and LLMs
- Excellent programming, debugging, and optimization skills in one or more general-purpose programming languages, including Go and Python`);
  expect(skills.get('Security')).toBe('required');
  expect(skills.get('Artificial intelligence')).toBe('required');
  expect(skills.get('Software engineering')).toBe('required');
  expect(skills.get('Go')).toBe('required');
});

// Modelled on data-science and ML postings that list keeping up with the field among the duties
// or the traits wanted, beside the skills really asked.
const keepsUp = `Data Scientist, Marketplace
About us
We build the pricing and matching systems behind a two-sided marketplace used by millions of riders every week.
You might be a fit if you:
- Enjoy solving loosely defined problems and aren't afraid to suggest new approaches
- Keep up with the latest trends in data science and are eager to apply them
- Have a solid foundation in statistical modeling and experimentation
- Write production-quality Python and SQL
What you'll do
- Build demand forecasts and pricing models with the product and engineering teams
- Stay ahead of the curve regarding emerging trends within artificial intelligence/machine-learning research fields
- Following SoTA progress in relevant fields and turning the ideas into production features
- Stay up to date with the latest advancements in computer vision and BI tools to keep our reporting current
Benefits
- Health, dental and vision insurance`;

test("a discipline named only as news to keep up with is not asked, even the role's own", () => {
  const skills = importanceOf(keepsUp);
  for (const name of ['Data science', 'Machine learning research', 'Computer vision', 'BI tools'])
    expect(skills.get(name) ?? 'mentioned', name).toBe('mentioned');
  for (const name of ['Statistical modeling', 'Python', 'SQL']) expect(skills.get(name), name).toBe('required');
});

test('a discipline kept up with and asked in another sentence stays asked', () => {
  const skills = importanceOf(keepsUp.replace('- Write production-quality Python and SQL', '- 3+ years of experience in data science and computer vision\n- Write production-quality Python and SQL'));
  expect(skills.get('Data science')).toBe('required');
  expect(skills.get('Computer vision')).toBe('required');
});

// Modelled on data-platform postings whose duties report the work's progress and watch its
// figures: "progress" and "trends" there are the project's own, not a field's news.
const reportsProgress = `Senior Data Engineer, Analytics Platform
What you'll do
- Follow Agile development practices and track sprint progress in Jira
- Keep stakeholders updated on progress in model training and deployment
- Monitor pipelines and keep track of data quality trends and anomalies
- Stay current with the latest advancements in data engineering
Requirements
- 5+ years of experience building batch pipelines in Python and SQL
- Experience with Airflow and Snowflake
Benefits
- Health, dental and vision insurance`;

test("a project's progress and its own figures' trends are no news: the tools and work named stay asked", () => {
  const skills = importanceOf(reportsProgress);
  for (const name of ['Jira', 'Model training', 'Model deployment', 'Data quality', 'Python']) expect(skills.get(name), name).toBe('required');
  // The field whose news is kept up with is still not asked.
  expect(skills.get('Data engineering') ?? 'mentioned').toBe('mentioned');
});
