import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const softOf = (text: string) => (engine.analyze({ text, title: 'Machine Learning Engineer', source: 'test' }, []).gap.missingSoft ?? []).map((s) => s.id);

// Modelled on the development set's marketing and field-robotics postings (ml1000-2, ml1000-900,
// ml1000-515): "communications" in the plural names the messages a product sends, not the
// candidate's ability to communicate.
const marketing = `Senior Machine Learning Engineer, Customer Engagement
About the team
By bringing a brand's human voice into multi-modal marketing communications across email, push and social channels, we help retailers reach millions of shoppers.
What you'll do
- Apply deep learning, generative AI for personalized communications, causal modeling, and reinforcement learning to optimize customer engagement
- Build training and evaluation pipelines in Python and PySpark
What you'll need
- 4+ years of experience with PyTorch or TensorFlow
- Experience with uplift modeling or A/B testing
Benefits
- Medical, dental and vision coverage`;

test('plural "communications" that names messages sent asks for no communication skills', () => {
  expect(softOf(marketing)).not.toContain('communication');
});

test('the skill stays asked where the words around ask for it, in the plural too', () => {
  const asked = marketing.replace('- Experience with uplift modeling or A/B testing', '- Experience with uplift modeling or A/B testing\n- Strong communications skills and comfort presenting to executives');
  expect(softOf(asked)).toContain('communication');
  const singular = marketing.replace('- Experience with uplift modeling or A/B testing', '- Excellent written and verbal communication');
  expect(softOf(singular)).toContain('communication');
});

test('the plural shares the ask noun of the skill listed after it: "communications and stakeholder management skills"', () => {
  const shared = marketing.replace('- Experience with uplift modeling or A/B testing', '- Experience with uplift modeling or A/B testing\n- Solid communications and stakeholder management skills');
  expect(softOf(shared)).toContain('communication');
  // Listed with other things made, the plural still names messages, not a skill.
  const things = marketing.replace('- Experience with uplift modeling or A/B testing', '- Experience with uplift modeling or A/B testing\n- Own the copy of our communications and landing pages across channels');
  expect(softOf(things)).not.toContain('communication');
});
