import { expect, test } from 'vitest';
import { asks, listed } from './asked';

// Modelled on the development set's applied ML postings (ml1000-764, ml1000-789, ml1000-916,
// ml1000-392): the field's own name takes the product word in ("ML systems", "machine learning
// systems", "AI systems" are names of the field), and the verb before it deploys the models.
const systemsPosting = `Senior Machine Learning Engineer, Payments Intelligence
About Us
We are a fintech company helping small businesses get paid faster.
What you'll do
- Develop and deploy large-scale machine learning systems that drive business value across lending and risk
- Partner with product managers to prioritise the roadmap
What we're looking for
- 5+ years of experience with Python and SQL
- Proven ability to ship ML systems into production under real-world constraints
- Familiarity with feature stores and experiment tracking`;

test('deploying the field\'s systems deploys models, in the duties and in the asks', () => {
  expect(listed(systemsPosting)).toContain('model-deployment');
  expect(asks('Requirements\n- Proven ability to ship ML systems into production under real-world constraints').get('model-deployment')).toBe('required');
  expect(asks('Responsibilities\n- Develop and deploy large-scale machine learning systems that drive business value').get('model-deployment')).toBe('required');
  expect(asks('Nice to have\n- Experience deploying AI systems for regulated customers').get('model-deployment')).toBe('preferred');
});

test('systems that are no field of models, or shipped nowhere, deploy no models', () => {
  expect(asks('Requirements\n- Experience deploying distributed systems on Kubernetes').has('model-deployment')).toBe(false);
  expect(asks('Requirements\n- Experience with ML systems such as ranking and recommendation').has('model-deployment')).toBe(false);
  expect(asks('Responsibilities\n- Ship features to our ML systems every week').has('model-deployment')).toBe(false);
});

// Modelled on the development set's bank and defence postings (ml1000-370, ml1000-986): the
// lifecycle written open, with a space or a hyphen, as 41 of the 488 postings write it.
const lifeCyclePosting = `Applied AI/ML Lead - Risk Modeling
Job responsibilities
- Builds models that score credit risk for consumer lending
Required qualifications, capabilities, and skills
- Formal training or certification on machine learning concepts and 5+ years applied experience
- Overall knowledge of the Model Development Life Cycle
Desired Skills
- Basic understanding of Agile and full software life-cycle development`;

test('a lifecycle written "life cycle" or "life-cycle" is the lifecycle', () => {
  const found = asks(lifeCyclePosting);
  expect(found.get('ml-pipelines')).toBe('required');
  expect(found.get('sdlc')).toBe('preferred');
});

test('a product of a brand written glued is the product ("Huggingface Accelerate")', () => {
  const found = asks('Qualifications\n- Familiarity with modern frameworks like Ray, PyTorch Lightning, and Huggingface Accelerate.');
  expect(found.get('hf-accelerate')).toBe('required');
});

// Modelled on the development set's consultancy postings (ml1000-697, ml1000-747): the pair of
// stages ("development and deployment") before the noun that asks for it.
const exposurePosting = `AI/ML Engineer (Onsite/Hybrid)
Job Description:
Minimum 6+ years of industry experience in enterprise level AI model development and deployment exposure
Should have sound knowledge in time series data and statistical data analysis
Hands on experience in Python and SQL`;

test('a pair of stages before an ask noun is asked: "model development and deployment exposure"', () => {
  expect(asks(exposurePosting).get('model-deployment')).toBe('required');
  expect(asks('Requirements\n- 3+ years of model training and evaluation experience with PyTorch').get('model-evaluation')).toBe('required');
  // A capital after the pair opens the next item ("…and deployment Ability to…"): the pair ends there as before.
  expect(asks('Requirements\n- Strong SQL skills\n- Partner with the model development and deployment teams on our roadmap').has('model-deployment')).toBe(false);
});

// Modelled on the development set's Slack postings (ml1000-169, ml1000-201): the object's "or
// other …" stands between the models and the place they are taken to.
const otherThingsPosting = `Senior Machine Learning Engineer
What you will be doing
- Partner with product to find where ML can help our customers
What you should have
- You know how to measure success with complicated ML/AI products.
- Put machine learning models or other data-derived artifacts into production at scale.
- Experience leading technical architecture discussions`;

test('models "or other artifacts" put into production are deployed', () => {
  expect(listed(otherThingsPosting)).toContain('model-deployment');
  // Other things with no place after them are no deployment; nor is a head the object shares.
  expect(asks('Requirements\n- Review machine learning models or other analyses with the team').has('model-deployment')).toBe(false);
  expect(asks('Requirements\n- Put the team first and take other ideas into account').has('model-deployment')).toBe(false);
});

// Modelled on the development set's recommendation postings (ml1000-536): stages of one thing
// written once with a slash, before another skill of the list.
test('"model training/evaluation, A/B testing": the slashed stage shares the lead before another skill', () => {
  const found = asks(`Qualifications
- Deep understanding of Machine Learning best practices and end to end deployment (eg. feature engineering, model training/evaluation, A/B testing, model serving)`);
  expect(found.get('model-evaluation')).toBe('required');
  // Joined by "and" before another skill the stage may be a thing of its own, as before.
  expect(asks('Qualifications\n- Experience in data analysis and modeling, feature engineering, and SQL').has('data-modeling')).toBe(false);
});
