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

// Modelled on real ML and data postings (../shared/data): skills that share their first words,
// written once ("data analysis, engineering, and exploration").
const leads = `Machine Learning Engineer
Responsibilities
- Own model building, evaluation and deployment for our ranking systems
Requirements
- Proficiency in data analysis, engineering, and exploration techniques
- Deep expertise in RDBMS, including database design, optimization, and operations
- Experience in data analysis and modeling to identify trends
- Bachelor's degree in Data Science, Engineering, or a related field`;

test('each word after a match names the skill it forms with its first words', () => {
  const a = engine.analyze({ title: 'Machine Learning Engineer', text: leads, source: 'test' }, []);
  const asked = a.skills.filter((s) => s.importance !== 'mentioned').map((s) => s.id);
  expect(asked).toEqual(expect.arrayContaining(['data-analysis', 'data-engineering', 'data-modeling', 'sql-tuning', 'database-administration', 'model-evaluation', 'model-deployment']));
});

test('one word alone before more words, or a field in title case, keeps its own meaning', () => {
  const mentions = (text: string) => engine.findMentions(text).map((m) => m.skillId);
  // "modeling" here is modeling, not data modeling.
  expect(mentions('Experience in data analysis and modeling to identify trends.')).toEqual(['data-analysis']);
  // Two fields of study, not data engineering.
  expect(mentions("Bachelor's degree in Data Science, Engineering, or a related field.")).not.toContain('data-engineering');
});

test('an everyday lead shares its first words with a list of stages, not with one word', () => {
  const mentions = (text: string) => engine.findMentions(text).map((m) => m.skillId);
  expect(mentions('Build and maintain infrastructure for model training, evaluation, and deployment.')).toEqual(expect.arrayContaining(['model-evaluation', 'model-deployment']));
  expect(mentions('Daily hands-on experience with model training, deployment, and serving tools.')).toEqual(expect.arrayContaining(['model-deployment', 'model-serving']));
  // One word alone, where its phrase goes on into a place.
  expect(mentions('Experience with model deployment and serving into production environments.')).toContain('model-serving');
  // "model training" is everyday in the duties: a pair is no list of its stages.
  expect(mentions('Configure GPU environments for model training and inference.')).not.toContain('real-time-inference');
});

// Modelled on real ML postings (../shared/data): "model development" is the whole job, which
// people reading postings never listed as a skill of its own, yet it leads a list of stages.
test('a lead that names no skill still shares its first word with a list of stages', () => {
  const mentions = (text: string) => engine.findMentions(text).map((m) => m.skillId);
  expect(mentions('5+ years of ML model development experience in a production setting.')).toEqual(['machine-learning']);
  expect(mentions('Experience with ML model development, deployment, and evaluation in the cloud.')).toEqual(expect.arrayContaining(['model-deployment', 'model-evaluation']));
  expect(mentions('Own the pipeline: data collection, cleaning, and analysis for our forecasts.')).toEqual(expect.arrayContaining(['data-preprocessing', 'data-analysis']));
  // Capitalised, or only one stage after it: no list.
  expect(mentions('Team Building, Cleaning and Analysis')).not.toContain('data-preprocessing');
  expect(mentions('Support model development, and deployment work.')).not.toContain('model-deployment');
});
