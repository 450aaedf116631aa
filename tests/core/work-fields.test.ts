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
  for (const name of ['Security', 'Observability', 'Artificial intelligence', 'Data science', 'Software engineering'])
    expect(skills.get(name) ?? 'mentioned', name).toBe('mentioned');
  // A named discipline kept up with is the role's own field: readers take it as asked.
  expect(skills.get('Deep learning')).toBe('required');
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
