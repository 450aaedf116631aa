import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on the development set's startup and defence postings (ml1000-97, ml1000-177,
// ml1000-336): "We believe…" opens what the company holds true of itself, its culture and its
// hiring, in any section, and names skills it does not ask of anyone.
const posting = `Machine Learning Engineer, Generative Media
About the role
You will build and deploy state of the art generative models at scale.
What we're looking for
- 3+ years of experience with PyTorch or JAX
- Experience training diffusion models or transformers
- Strong debugging skills in Python
Company Culture
We're a single flat team that spans research, product and operations. We believe that a small, dedicated team with a collaborative culture can move faster and build better products than large hierarchical organizations.
We believe that by applying the highest standards of business ethics and forward-thinking, everything is within our capacity.
Our hiring process
We don't do any programming interviews as we believe they are low signal to noise and a poor use of your time.
Benefits
- Medical, dental and vision coverage`;

test('what the company believes of itself asks nothing of the candidate', () => {
  const gap = engine.analyze({ text: posting, title: 'Machine Learning Engineer', source: 'test' }, []).gap;
  const soft = (gap.missingSoft ?? []).map((s) => s.id);
  const hard = gap.missingRequired.map((s) => s.id);
  expect(soft).not.toContain('collaboration');
  expect(soft).not.toContain('ethics');
  expect(hard).not.toContain('software-engineering');
  expect(hard).toEqual(expect.arrayContaining(['pytorch', 'diffusion-models', 'python']));
});

test('"we believe" does not silence an ask in the same sentence with years of experience', () => {
  const asked = `Data Scientist
Requirements
- We believe the right person has 3+ years of experience with SQL and Tableau.`;
  const skills = engine.analyze({ text: asked, source: 'test' }, []).skills;
  expect(skills.find((s) => s.id === 'sql')?.importance).toBe('required');
});
