import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real applied-AI postings (../shared/data): the models are shipped to users as "AI
// features", and deploying those is deploying models.
const posting = `AI Engineer, Developer Tools
About the role
We are looking for a product-focused AI Engineer to design, build, and deploy high-impact AI features that change the way engineers work.
What you'll do
- Own prompts, retrieval, and evaluation for our code assistant
- Partner with designers on new workflows
What we're looking for
- 4+ years of experience in Python and TypeScript
- Track record of shipping novel ML features from concept to production
Benefits
- Health, dental and vision insurance`;

test("'deploy high-impact AI features', 'shipping ML features from concept to production' ask for model deployment", () => {
  const a = engine.analyze({ title: 'AI Engineer', text: posting, source: 'test' }, []);
  const deployment = a.skills.find((s) => s.id === 'model-deployment');
  expect(deployment?.importance).toBe('required');
  expect(deployment?.mentions.map((m) => m.text)).toEqual(['deploy', 'shipping']);
});

test("features a verb does not deploy are a model's inputs or someone's product, not deployed models", () => {
  const ids = (text: string) => engine.findMentions(text).map((m) => m.skillId);
  expect(ids('Serve ML features to the ranking models from our online store.')).not.toContain('model-serving');
  expect(ids('Evaluate new AI features that competitors launch.')).not.toContain('model-evaluation');
});
