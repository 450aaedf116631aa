import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const softOf = (text: string) => (engine.analyze({ text, title: 'Machine Learning Engineer', source: 'test' }, []).gap.missingSoft ?? []).map((s) => s.id);

// Modelled on the development set's responsible-AI, health-system and social-app postings
// (ml1000-971, ml1000-331, ml1000-989): the bare word "ethics" names AI ethics, a code the
// employer keeps or a topic, and asks for no professional ethics of the candidate.
const posting = `Senior Machine Learning Engineer, Responsible AI
What you'll do
- Measure, deploy and refine fairness interventions across our ranking models in PyTorch
- Partner with policy teams on fairness, ethics, and broader societal considerations of recommendations
What we're looking for
- 5+ years of experience applying machine learning to production systems
- You have a strong stance on the ethics surrounding user psychology in social products
Compliance
- Adheres to the organization's Code of Ethics and Corporate Compliance Program
Benefits
- Medical, dental and vision coverage`;

test('bare "ethics" as a topic or a code of conduct asks for no professional ethics', () => {
  expect(softOf(posting)).not.toContain('ethics');
});

test('an ask around it still asks, and so does a work ethic', () => {
  expect(softOf(posting.replace('- 5+ years', '- Strong ethics and sound judgment\n- 5+ years'))).toContain('ethics');
  expect(softOf(posting.replace('- 5+ years', '- A strong work ethic and a passion for problem-solving\n- 5+ years'))).toContain('ethics');
});
