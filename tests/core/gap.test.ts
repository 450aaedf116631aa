import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { namesAKind } from '../../src/core/kinds';
import type { UserSkill } from '../../src/core/types';
import { sample } from './helpers';

const engine = getBundledEngine();
const custom = (...names: string[]): UserSkill[] => names.map((name) => ({ id: `custom:${name}`, name }));
const gapFor = (text: string, skills: UserSkill[]) => engine.analyze({ text, source: 'test' }, skills).gap;
const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);

const POSTING = `Machine Learning Engineer
Requirements
- 3+ years of experience with Python and PyTorch
- Experience deploying models on Google Cloud (GCP) with Kubernetes
- Experience with deep learning frameworks
Nice to have
- MLflow or Weights & Biases
- Experience in healthcare`;

describe('gap against the skill list', () => {
  test('missing required first, then missing preferred, then matched', () => {
    const gap = gapFor(POSTING, custom('Python'));
    expect(ids(gap.matched)).toContain('python');
    expect(ids(gap.missingRequired)).toEqual(expect.arrayContaining(['pytorch', 'kubernetes']));
    expect(ids(gap.missingPreferred)).toContain('mlflow');
    expect(ids(gap.missingRequired)).not.toContain('mlflow');
  });

  test('aliases and annotations resolve: "Python (primary)", "k8s", "sklearn"', () => {
    const gap = gapFor(POSTING, custom('Python (primary)', 'k8s', 'PyTorch — 4 yrs'));
    expect(ids(gap.matched)).toEqual(expect.arrayContaining(['python', 'kubernetes', 'pytorch']));
  });

  test('a child meets its parent: PyTorch answers "deep learning frameworks"', () => {
    const gap = gapFor(POSTING, custom('PyTorch'));
    expect(ids(gap.matched)).toContain('deep-learning-frameworks');
    expect(ids(gap.missingRequired)).not.toContain('deep-learning-frameworks');
  });

  test('one tool is not credited with its neighbours: NGINX does not answer IIS, Jest or ECR', () => {
    const text = `Platform Engineer
Requirements
- Experience running Microsoft IIS web servers behind load balancers
- Unit tests with Jest; images pushed to Amazon ECR and deployed on Amazon ECS`;
    const gap = gapFor(text, custom('NGINX', 'pytest', 'Amazon ECS'));
    expect(ids(gap.matched)).toEqual(expect.arrayContaining(['web-servers', 'unit-testing', 'ecs']));
    expect(ids(gap.missingRequired)).toEqual(expect.arrayContaining(['iis', 'jest']));
    // Close neighbours are shown as related, through the skill the user has.
    expect(gap.related.map((r) => `${r.id}<-${r.via.id}`)).toEqual(expect.arrayContaining(['ecr<-ecs', 'load-balancing<-nginx']));
    expect(ids(gap.matched)).not.toContain('iis');
  });

  test('a sibling is related, not missing: AWS for Google Cloud', () => {
    const gap = gapFor(POSTING, custom('AWS'));
    const related = gap.related.find((r) => r.id === 'google-cloud');
    expect(related?.via.id).toBe('aws');
    expect(ids(gap.missingRequired)).not.toContain('google-cloud');
  });

  test('industries are never missing', () => {
    const gap = gapFor(POSTING, []);
    expect([...ids(gap.missingRequired), ...ids(gap.missingPreferred)]).not.toContain('healthcare');
  });

  test('the score counts required skills double and moves with the list', () => {
    const none = gapFor(POSTING, []).score;
    const some = gapFor(POSTING, custom('Python', 'PyTorch')).score;
    const more = gapFor(POSTING, custom('Python', 'PyTorch', 'Kubernetes', 'Google Cloud', 'MLflow')).score;
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(none);
    expect(more).toBeGreaterThan(some);
    expect(more).toBeLessThanOrEqual(1);
  });

  test('Engine.gap recomputes the same gap for a new list', () => {
    const analysis = engine.analyze({ text: sample('lead-ml-engineer.md'), source: 'test' }, []);
    const list = custom('Python', 'AWS', 'Kubernetes');
    expect(engine.gap(analysis.skills, list)).toEqual(gapFor(sample('lead-ml-engineer.md'), list));
  });
});

describe('autocomplete', () => {
  test.each([
    ['k8s', 'kubernetes'],
    ['sklearn', 'scikit-learn'],
    ['pyt', 'python'],
    ['GCP', 'google-cloud'],
    ['node.js', 'nodejs'],
  ])('%s finds %s', (q, id) => {
    expect(engine.searchSkills(q, 8).map((s) => s.id)).toContain(id);
  });
});

describe('alternatives in the gap', () => {
  const PLATFORM = `Senior MLOps Engineer
Requirements
- 5+ years of Python
- Hands-on production experience with EKS, ECS, or AKS
- Experience with cloud platforms such as AWS or GCP
Nice to have
- Airflow or similar workflow orchestration tools`;

  test('a group is listed once as missing, each member carrying the group', () => {
    const gap = gapFor(PLATFORM, custom('Python'));
    const eks = gap.missingRequired.find((s) => s.id === 'eks');
    expect(eks?.anyOf).toEqual(['eks', 'ecs', 'aks']);
    // The generic parent names the group: it is no chip of its own.
    expect(ids(gap.missingRequired)).not.toContain('cloud-platforms');
    expect(gap.missingRequired.find((s) => s.id === 'aws')?.anyOf).toEqual(['cloud-platforms', 'aws', 'google-cloud']);
    // "Airflow or similar workflow orchestration tools": the kind, written in the plural, names
    // the group; only Airflow is a chip.
    expect(gap.missingPreferred).toEqual([{ id: 'airflow', name: 'Apache Airflow', anyOf: ['workflow-orchestration', 'airflow'] }]);
  });

  test('any member meets the group, and none of its members is missing then', () => {
    const gap = gapFor(PLATFORM, custom('Python', 'Azure Kubernetes Service', 'Azure', 'Dagster'));
    const missing = ids([...gap.missingRequired, ...gap.missingPreferred]);
    // AKS meets "EKS, ECS, or AKS"; Azure (another cloud platform) meets "such as AWS or GCP";
    // Dagster meets "Airflow or similar".
    expect(missing).not.toEqual(expect.arrayContaining(['eks']));
    expect(missing).toEqual([]);
    expect(gap.score).toBe(1);
  });

  test('the score counts a group once', () => {
    const withAks = gapFor(PLATFORM, custom('Python', 'Azure Kubernetes Service')).score;
    const withoutAny = gapFor(PLATFORM, custom('Python')).score;
    // Of Python, the containers group, the cloud group (2 each) and Airflow-or-similar (1): AKS
    // meets the containers group, and, being part of Azure, a cloud platform, the cloud group
    // too: 6/7, not the 8/9 it would be with each member counted.
    expect(withAks).toBe(Math.round((6 / 7) * 1000) / 1000);
    expect(withoutAny).toBe(Math.round((2 / 7) * 1000) / 1000);
  });
});

const DATA_SCIENTIST = `Data Scientist, Pricing
About the role
You will build the models that set prices for 2 million products.
Requirements
- 3+ years applying regression analysis, decision trees, SVM and clustering to real business data
- Strong Python (pandas, scikit-learn) and SQL
- Excellent communication skills and strong leadership, driving projects across teams
- A/B testing and experiment design
Nice to have
- Experience with Spark or Databricks`;

describe('soft skills apart', () => {
  test('never among the missing hard skills; listed on their own', () => {
    const gap = gapFor(DATA_SCIENTIST, []);
    expect(ids(gap.missingSoft ?? [])).toEqual(['communication', 'leadership']);
    expect(ids([...gap.missingRequired, ...gap.missingPreferred])).not.toEqual(expect.arrayContaining(['communication']));
    expect(ids([...gap.missingRequired, ...gap.missingPreferred])).not.toContain('leadership');
  });

  test('they do not count in the score, had or not', () => {
    const without = gapFor(DATA_SCIENTIST, custom('Python', 'SQL'));
    const withSoft = gapFor(DATA_SCIENTIST, custom('Python', 'SQL', 'Communication', 'Leadership'));
    expect(withSoft.score).toBe(without.score);
    expect(ids(withSoft.matched)).toContain('communication');
    expect(withSoft.missingSoft).toEqual([]);
  });
});

describe('broad against specific', () => {
  test('methods under a broad skill the user has are probably covered, not plain misses', () => {
    const gap = gapFor(DATA_SCIENTIST, custom('Machine learning', 'scikit-learn', 'Statistics'));
    const covered = (gap.probablyCovered ?? []).map((s) => `${s.id}<-${s.via.id}`);
    expect(covered).toEqual(
      expect.arrayContaining(['regression<-statistics', 'decision-trees<-machine-learning', 'svm<-machine-learning', 'clustering<-machine-learning']),
    );
    const missing = ids([...gap.missingRequired, ...gap.missingPreferred]);
    for (const id of ['regression', 'decision-trees', 'svm', 'clustering']) expect(missing).not.toContain(id);
    // Products are never "probably covered" by a field: SQL stays a plain miss.
    expect(missing).toContain('sql');
  });

  test('probably covered counts half; confirming them makes them matched', () => {
    const broad = gapFor(DATA_SCIENTIST, custom('Machine learning', 'Statistics'));
    const none = gapFor(DATA_SCIENTIST, []);
    const confirmed = gapFor(
      DATA_SCIENTIST,
      custom('Machine learning', 'Statistics', 'Regression analysis', 'Decision trees', 'SVM', 'Clustering', 'A/B testing'),
    );
    expect(broad.score).toBeGreaterThan(none.score);
    expect(confirmed.score).toBeGreaterThan(broad.score);
    expect(confirmed.probablyCovered).toEqual([]);
  });

  test('a child still meets its parent: SVM answers "machine learning"', () => {
    const text = `Machine Learning Engineer
Requirements
- Solid machine learning background and Python`;
    const gap = gapFor(text, custom('Support vector machines'));
    expect(ids(gap.matched)).toContain('machine-learning');
  });
});

describe('not asked here', () => {
  test('a hidden skill leaves every list and the score', () => {
    const analysis = engine.analyze({ text: DATA_SCIENTIST, source: 'test' }, custom('Python'));
    const hidden = engine.gap(analysis.skills, custom('Python'), new Set(['sql', 'svm']));
    expect(ids(hidden.hidden ?? [])).toEqual(['svm', 'sql']);
    expect(ids([...hidden.missingRequired, ...hidden.missingPreferred])).not.toEqual(expect.arrayContaining(['sql']));
    expect(ids(hidden.missingRequired)).not.toContain('svm');
    expect(hidden.score).toBeGreaterThan(analysis.gap.score);
  });

  test('hiding every member of a group of alternatives hides the group', () => {
    const analysis = engine.analyze({ text: DATA_SCIENTIST, source: 'test' }, []);
    const gap = engine.gap(analysis.skills, [], new Set(['spark', 'databricks']));
    expect(gap.missingPreferred).toEqual([]);
  });
});

describe('groups and their names', () => {
  const ML = `Machine Learning Scientist
Requirements
- Strong AWS skills
- Experience deploying on AWS, GCP, or Azure
- Knowledge of databases such as PostgreSQL or MySQL
- Fluent English`;

  test('a kind named with its examples is no chip; a group covered by a member asked alone still lists the others', () => {
    const gap = gapFor(ML, []);
    const required = ids(gap.missingRequired);
    expect(required).not.toContain('databases');
    expect(gap.missingRequired.find((s) => s.id === 'postgresql')?.anyOf).toEqual(['databases', 'postgresql', 'mysql']);
    // AWS is asked on its own; GCP and Azure stay listed as its alternatives.
    expect(gap.missingRequired.find((s) => s.id === 'aws')?.anyOf).toBeUndefined();
    expect(required).toEqual(expect.arrayContaining(['google-cloud', 'azure']));
    // A spoken language is a must, not a soft skill.
    expect(required).toContain('english');
    expect(ids(gap.missingSoft ?? [])).not.toContain('english');
  });

  test('the covered group adds nothing to the score: AWS alone meets both', () => {
    const gap = gapFor(ML, custom('AWS', 'PostgreSQL', 'English'));
    expect(gap.score).toBe(1);
    expect(ids(gap.missingRequired)).toEqual([]);
  });
});

describe('a camel-case product whose name ends in s is no kind', () => {
  test('"DevOps, or SRE": DevOps is listed with SRE, not hidden as the group\'s name', () => {
    // Modelled on a defence start-up's preferred qualifications in the development set.
    const text = `Preferred Qualifications
- Expertise in encryption, authentication, Linux systems administration, DevOps, or SRE.`;
    const a = getBundledEngine().analyze({ title: 'ML Engineer', text, source: 'test' }, []);
    const preferred = a.gap.missingPreferred.map((s) => s.id);
    expect(preferred).toEqual(expect.arrayContaining(['devops', 'sre']));
  });
  test.each([
    ['DevOps', false],
    ['MLOps', false],
    ['SolarWinds', false],
    ['Cloud platforms', true],
    ['Databases', true],
    ['APIs', true],
    ['IDEs', true],
  ])('%s names a kind: %s', (name, kind) => {
    expect(namesAKind({ name, category: 'tool' })).toBe(kind);
  });
});
