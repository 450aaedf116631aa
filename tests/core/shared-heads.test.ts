import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real backend and data postings: two skills that share their last word are written
// once ("unit and functional testing", "supervised and unsupervised learning").
const posting = `Software Engineer, Data Platform
Responsibilities
- Build batch and stream processing jobs for our payments data
Requirements
- 3+ years of experience with TypeScript and Node.js
- Experience with unit and functional testing and debugging
- Knowledge of supervised and unsupervised learning
- Experience in Git/GitHub and code review`;

const names = () => engine.analyze({ title: 'Software Engineer', text: posting, source: 'test' }, []).skills.map((s) => s.id);

test('each word before a shared head names its own skill when the taxonomy has that name', () => {
  const ids = names();
  expect(ids).toEqual(expect.arrayContaining(['unit-testing', 'data-pipelines', 'stream-processing', 'supervised-learning', 'unsupervised-learning', 'typescript', 'nodejs', 'git']));
});

test('a word before a head that forms no skill with it adds nothing', () => {
  const ids = engine.findMentions('Experience with Git, and with fast and reliable Python code and clean and tested services.').map((m) => m.span.text);
  expect(ids).toEqual(['Git', 'Python']);
});
