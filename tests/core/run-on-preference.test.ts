import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on consultancy postings whose qualifications lost every line break and full stop
// under a "Job Description" heading: one line holds an item that asks ("…that are required
// for…") and, glued after it, an item that ends "is an added advantage".
const posting = `About Us:Northwind Digital is a global technology consulting company that helps enterprises reimagine their business through data and AI. With more than 40,000 professionals in 25 countries, we deliver transformation at scale. Job Title: ML Platform Engineer Work LocationUSA (Dallas, TX) (Hybrid)Job Description:Minimum 6+ years of industry experience in enterprise level model development and deployment exposureShould have sound knowledge in statistical data analysis Hands on experience in data cleansing techniques for unstructured data and data ingestion Sound knowledge of Kubernetes and Docker with conceptual level understanding of how container images and the cluster resources that are required for model serving are sized Kubeflow on Kubernetes with enterprise scale pipeline orchestration exposure and Airflow scheduling exposure is an added advantageDevelopment experience in Python for data pre-processing and model pipeline builds Familiarity of different data sources SQL, NoSQL DB and streaming dataBenefits and Perks:Comprehensive Medical Plan Covering Medical, Dental, Vision401(k) Plan with Company match`;

test('a preference that ends a run-on line covers its last item, not the asks before it', () => {
  const a = engine.analyze({ title: 'ML Platform Engineer', text: posting, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  expect(importance.get('kubeflow')).toBe('preferred');
  expect(importance.get('airflow')).toBe('preferred');
  // Asked before the requirement in the same line: named again in the preferred tail, still asked.
  expect(importance.get('kubernetes')).toBe('required');
  expect(importance.get('docker')).toBe('required');
  expect(importance.get('python')).toBe('required');
});

// Modelled on platform postings whose qualifications join an ask and a preference in one line.
const clausePosting = `Senior Software Engineer, ML Platform
About the team
We build the training and serving platform that every model at the company runs on.
What you'll do
- Build and operate the services that train, evaluate and deploy models
- Partner with applied scientists on experimentation tooling
What you'll need
- 5+ years of experience in backend or infrastructure engineering.
- Proficiency in either Go, Java, or Python.
- Experience in building Kubernetes infrastructure stacks, experience from either the ML or Data domain and its associated technologies such as Kafka is advantageous.
- Knowledge of Terraform, familiarity with Kubeflow and Argo CD are a plus.
You might also have
- Experience with BigQuery or Flink`;

test("a last clause that is a preference's subject is the preference; the clause before it still asks", () => {
  const a = engine.analyze({ title: 'Senior Software Engineer, ML Platform', text: clausePosting, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  expect(importance.get('kubernetes')).toBe('required');
  expect(importance.get('kafka')).toBe('preferred');
  // "are a plus": the whole list is the subject.
  expect(importance.get('terraform')).toBe('preferred');
  expect(importance.get('kubeflow')).toBe('preferred');
});

// Modelled on graph-ML postings that name the preferred product in an aside between commas.
const asidePosting = `Machine Learning Engineer, Knowledge Graphs
Lumen Graphworks is seeking an experienced Machine Learning Engineer to join our platform team.
Responsibilities
- Design and deploy models over our customer knowledge graph
- Work with product teams to turn graph insights into features
Qualifications
- 5+ years of experience designing and implementing machine learning models
- Expertise in graph databases, Neo4j preferred, and their query languages (e.g., Cypher)
- Proficiency in Python or Scala
Nice to have
- Experience with Spark or Hadoop`;

test('a preference set off by commas covers its aside, and the sentence around it still asks', () => {
  const a = engine.analyze({ title: 'Machine Learning Engineer', text: asidePosting, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  expect(importance.get('neo4j')).toBe('preferred');
  expect(importance.get('cypher')).toBe('required');
  expect(importance.get('graph-databases')).toBe('required');
});

// Modelled on a video app's search posting: its qualifications lost their line breaks, and the
// item that prefers published papers is glued to the one that asks for big data.
test('a preference of the next item, glued on with "Candidates", leaves the ask before it', () => {
  const text = `Minimum Qualifications:
Bachelor's degree or above in Computer Science or a related field.
Strong coding ability, including but not limited to Go, Python or Java. Experience of big data development, including but not limited to Hadoop and Spark Candidates who have published high-quality papers are preferred, including but not limited to ACL, EMNLP, COLING, AAAI, etc.`;
  const a = engine.analyze({ title: 'Machine Learning Engineer', text, source: 'test' }, []);
  const importance = new Map(a.skills.map((s) => [s.id, s.importance]));
  expect(importance.get('big-data')).toBe('required');
  expect(importance.get('hadoop')).toBe('required');
});
