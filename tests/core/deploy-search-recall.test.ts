import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the development set's ML engineering postings (ml1000-378, ml1000-391, ml1000-418,
// ml1000-759, ml1000-392): deployment written as taking models "into production", or as the
// second of a pair whose lead names the models.
const deployPosting = `Machine Learning Engineer, Fraud
About the Role
You will build the models that keep millions of accounts safe.
What You'll Do
- Take ownership of the fraud models and ship features every week
- Partner with the model development and deployment teams on our roadmap
What We're Looking For
- 3+ years of experience developing machine learning models and shipping ML solutions to production
- Experience with LLM model development and deployment
Nice to Have
- Experience successfully launching ranking models into production environments`;

test('models taken into production are deployed, also after an adverb and as a pair with their development', () => {
  expect(asks(deployPosting).get('model-deployment')).toBe('required');
  // Each line alone: the pair, and the production verbs.
  expect(asks('Requirements\n- Experience with LLM model development and deployment').get('model-deployment')).toBe('required');
  expect(asks('Requirements\n- Experience shipping ML solutions to production').get('model-deployment')).toBe('required');
  expect(asks('Requirements\n- Experience taking ML models from prototype to production').get('model-deployment')).toBe('required');
  expect(asks('Preferred\n- Experience successfully launching ranking models into production environments').get('model-deployment')).toBe('preferred');
});

test('shipping features, owning models and the deployment team are no deployment', () => {
  const duties = 'Requirements\n- Python and SQL\nResponsibilities\n- Take ownership of the fraud models and ship features every week\n- Partner with the model development and deployment teams on our roadmap';
  expect(asks(duties).has('model-deployment')).toBe(false);
});

// Modelled on the development set's ads, search and recommendation postings (ml1000-240,
// ml1000-339, ml1000-421, ml1000-636, ml1000-35, ml1000-194): the fields named bare in lists.
const searchPosting = `Machine Learning Engineer, Discovery
About the Team
We have several open positions within the personalization, search, and recommendations space.
Responsibilities
- We work closely with backend, devops and data engineers on focused teams.
- Provide actionable recommendations to product leaders and search for new growth opportunities
- Keep up with web development and make recommendations for adopting new tools
Minimum Qualifications
- Experience with machine learning methods in Recommendation System, Search, Causal Inference, Optimization, Time Series
Preferred Qualifications
- Experience in one or more of the following areas is preferred: NLP, CV, Dialog System, Search, Recommendation, etc.`;

test('search and recommendation named among fields are asked; made recommendations are not', () => {
  const found = asks(searchPosting);
  expect(found.get('information-retrieval')).toBe('required');
  expect(found.get('recommender-systems')).toBe('required');
  expect(found.has('make')).toBe(false);
  // Only the everyday lines: nothing asked.
  const everyday = asks('Responsibilities\n- Provide actionable recommendations to product leaders and search for new growth opportunities\n- Keep up with web development and make recommendations for adopting new tools');
  expect(everyday.has('information-retrieval')).toBe(false);
  expect(everyday.has('recommender-systems')).toBe(false);
  expect(everyday.has('make')).toBe(false);
});

test('the employer as subject speaks of its own work, not of the candidate', () => {
  const found = asks(searchPosting);
  expect(found.has('devops')).toBe(false);
  expect(found.has('backend-development')).toBe(false);
  // What the employer looks for still asks.
  const looking = asks('Requirements\n- Python and SQL\n- We are looking for someone with experience in DevOps and backend development.');
  expect(looking.get('devops')).toBe('required');
});

test('the taxonomy reads the names postings write: singulars, the -ing noun', () => {
  const found = asks(`Requirements
- Hands-on experience with at least one ML library or framework
- Experience building Python APIs for model inferencing
- Contribute to the development of our machine learning platform`);
  expect(found.get('ml-frameworks')).toBe('required');
  expect(found.get('real-time-inference')).toBe('required');
  expect(found.get('ml-platforms')).toBe('required');
});

// Modelled on the development set's Amazon postings (ml1000-670, ml1000-837, ml1000-879): a list
// of practices with one item that names no skill ("build processes") before the last.
test('an item that names no skill does not end the list for the everyday name after it', () => {
  const amazon = `Software Development Engineer, Machine Learning
Basic Qualifications
- 3+ years of non-internship professional software development experience
Preferred Qualifications
- 2+ years of experience in the full software development life cycle, including coding standards, code reviews, version control, build processes, and testing.`;
  expect(asks(amazon).get('software-testing')).toBe('preferred');
  // A name that goes on into a noun is a thing of its own.
  expect(asks('Requirements\n- You will spend time on data wrangling, feature engineering, developing models, and testing metrics.').has('software-testing')).toBe(false);
});
