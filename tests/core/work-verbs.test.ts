import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';

const matcher = createMatcher(BUNDLED_TAXONOMY);
const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);

// Duty and requirement lines in our own words, modelled on the development postings.
describe('what a work verb makes is asked, even when the phrase is everyday English', () => {
  test.each([
    ['Design and implement routing algorithms for our delivery fleet.', 'algorithms'],
    ['Prototype and implement novel algorithms for satellite image analysis.', 'algorithms'],
    ['Develop and maintain algorithms and models that detect payment fraud', 'algorithms'],
    ['Own the pricing engine and optimize algorithms and services for latency.', 'algorithms'],
    ['Write jobs that clean and transform large datasets from our sensors.', 'big-data'],
    ['You will design and build data infrastructure for the analytics teams.', 'data-engineering'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('not every word after a verb is its object', () => {
  test.each([
    // "engineering" after "to" is a noun, and stakeholders are people.
    ['Provide regular updates on quality and risks to engineering and business stakeholders.', 'stakeholder-management'],
    // The thing is the solutions, not AI.
    ['Partner with legal experts to develop AI-native solutions for compliance.', 'artificial-intelligence'],
    // A describing word of a head it shares.
    ['Develops security and compliance strategy jointly with the business.', 'cybersecurity'],
    // Another verb's object.
    ['Work with senior data scientists to fine-tune, optimize and ensure the scalability of models.', 'scalability'],
    // A verb of any making alone: "build" and "create" ask nothing of their own.
    ['Build visually rich user experiences for our customers.', 'ui-ux-design'],
    // Verbs of goals are not work verbs.
    ['Improve the user experience of our shopping app.', 'ui-ux-design'],
    // A compound, not a clause: "algorithms" is asked only when asked.
    ['We value data processing algorithms that our team wrote years ago.', 'algorithms'],
    // The company's voice: what the team does is no ask of the candidate.
    ['Founded in 2012, our company develops algorithms that route millions of parcels a day.', 'algorithms'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('a skill the taxonomy names by a verb and its object, with describing words between', () => {
  test.each([
    ['Two years of experience of training, testing, and deploying production-grade models.', ['model-training', 'model-deployment']],
    ['Design, develop and deploy state-of-the-art and scalable machine learning models to reach our goals.', ['model-deployment', 'machine-learning']],
    ['Experience in deploying machine learning models in production environments.', ['model-deployment']],
    ['Develop, optimize, and deploy large-scale recommendation models to achieve key outcomes.', ['model-deployment']],
    // A verb of the list that is no work verb, with the object, as the taxonomy writes it ("evaluating models").
    ['3+ years of end-to-end experience of training, evaluating, testing, and deploying industry-level models.', ['model-training', 'model-evaluation', 'model-deployment']],
    // Verbs that name a skill only with their object: last in the list, or alone beside a verb of making.
    ['An engineer with experience in training and evaluating large deep learning models.', ['model-training', 'model-evaluation']],
    ['Experience building and serving machine learning models for our marketplace.', ['model-serving']],
    ['Productionize, deploy and monitor machine learning models and services.', ['model-deployment', 'model-monitoring']],
    // The nouns of the work, "of" and the object.
    ['Build a scalable data infrastructure that supports the training and deployment of machine learning models.', ['model-training', 'model-deployment']],
    // ("continuous deployment" is CI/CD's own name.)
    ['Implement CI/CD pipelines for continuous deployment and monitoring of machine learning models.', ['ci-cd', 'model-monitoring']],
    // Data is an object too: "Experience creating, curating, and cleaning training datasets" ("training" describes them).
    ['Experience creating, curating, and cleaning training datasets for our perception models.', ['data-curation', 'data-preprocessing']],
    ['Collect, clean, and preprocess data from various sources to create robust datasets.', ['data-preprocessing']],
    // A list item glued to the next one by scraping: the object ends where the capital starts.
    ['Experience scaling and optimizing the training and serving of machine learning modelsExperience with TensorFlow', ['model-training', 'model-serving']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  test('the verb is the mention, so it overlaps no skill of the object', () => {
    const text = 'Deploy scalable machine learning models for our ranking service.';
    const spans = matcher.findMentions(text).map((m) => [m.skillId, m.span.text]);
    expect(spans).toEqual([
      ['model-deployment', 'Deploy'],
      ['machine-learning', 'machine learning models'],
    ]);
  });

  test.each([
    // The verbs of a list are no list of skill names: "testing" stays an everyday word.
    ['Experience of training, evaluating, testing, and deploying industry-level models.', 'software-testing'],
    // Past participles name things: "trained models" is no training.
    ['Serve pre-trained models and fine-tuned models to customers.', 'model-training'],
    // Another thing between: the models are not what is deployed.
    ['Deploy dashboards that explain our pricing models to the sales team.', 'model-deployment'],
    // A verb that names a skill only with its object makes no everyday phrase asked, and is no verb of another object.
    ['Our platform gives brand teams robust tools to evaluate compliance across every surface.', 'compliance'],
    ['Serve as the technical lead of the team that owns our forecasting models.', 'model-serving'],
    // "clean" in a list of describing words is an adjective.
    ['You will work with high-quality, clean data from our fleet.', 'data-preprocessing'],
    // A noun of work names a skill with "of" only as the taxonomy writes it: optimizing models is no operations research.
    ['Assist senior team members in the development, testing, and optimization of machine learning models.', 'optimization'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

// Modelled on the development postings: what a field of models is built into stands for its models.
describe('a solution, service or system of a field of models is its models', () => {
  test.each([
    ['Proven experience deploying NLP/LLM solutions in production environments', ['model-deployment']],
    ['2+ years of experience building and deploying machine learning-based services in a production environment', ['model-deployment']],
    ['Design, develop, and deploy AI/ML models for real-world applications', ['model-deployment']],
    ['Research and build prototypes, and productionize ML solutions by designing their full pipelines.', ['model-deployment']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    // No field of models describes them: web applications are deployed, not models.
    ['Deploy our web applications and data services to Kubernetes.', 'model-deployment'],
    // The field is named after the object, not between the verb and it.
    ['Deploy backend services that serve machine learning predictions.', 'model-deployment'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
