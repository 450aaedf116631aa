import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taxonomySchema, type Skill } from '../../src/core/schema';

const ROOT = join(__dirname, '..', '..');
const text = readFileSync(join(ROOT, 'data', 'skills.json'), 'utf8');
const taxonomy = taxonomySchema.parse(JSON.parse(text));
const byId = new Map<string, Skill>(taxonomy.skills.map((s) => [s.id, s]));

/** lowercased name or alias -> the ids that claim it */
const claims = new Map<string, Set<string>>();
for (const s of taxonomy.skills) {
  for (const a of [s.name, ...s.aliases]) {
    const k = a.toLowerCase().replace(/\s+/g, ' ').trim();
    const set = claims.get(k) ?? new Set<string>();
    set.add(s.id);
    claims.set(k, set);
  }
}
function lookup(term: string): string | undefined {
  const ids = claims.get(term.toLowerCase());
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/** Every skill, tool, concept and industry of the founding article (seed/lead-ml-engineer-vs-ai-scientist.txt). */
const FOUNDING_ARTICLE_ITEMS = [
  'Python', 'Java', 'C++', 'TensorFlow', 'PyTorch', 'Scikit-learn', 'Keras', 'AWS', 'Azure', 'Google Cloud', 'Git',
  'version control', 'version control systems', 'code review', 'Testing', 'Jupyter Notebook', 'data preprocessing',
  'feature engineering', 'model selection', 'hyperparameter tuning', 'natural language processing', 'NLP', 'Computer Vision',
  'Robotics', 'Deep Learning', 'CNNs', 'RNNs', 'GANs', 'Pandas', 'Matplotlib', 'Seaborn', 'Data analysis',
  'data visualization', 'Hadoop', 'Spark', 'Big Data', 'big data processing systems', 'LaTeX', 'scientific writing',
  'scientific writing tools', 'supervised learning', 'unsupervised learning', 'reinforcement learning', 'data structures',
  'algorithms', 'computer systems', 'research', 'analytical skills', 'communication', 'collaboration', 'data privacy',
  'security', 'security regulations', 'Healthcare', 'Self-driving cars', 'open source', 'open-source', 'publishing papers',
  'research papers', 'scientific research methods', 'Computer Science', 'Mathematics', 'Statistics', 'ML frameworks',
  'AI frameworks', 'cloud computing', 'cloud computing platforms', 'machine learning', 'ML', 'artificial intelligence', 'AI',
  'ML pipeline', 'GitHub', 'Kaggle', 'software engineering', 'stakeholders', 'cross-functional teams', 'scalability',
  'presenting at conferences', 'ML research', 'production-grade ML systems', 'deep learning architectures',
];

describe('data/skills.json', () => {
  it('parses with the schema and has at least 700 skills', () => {
    expect(taxonomy.version).toBe(1);
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(700);
  });

  it('credits O*NET and ESCO', () => {
    const all = taxonomy.attribution.join('\n');
    expect(all).toMatch(/O\*NET 29\.2/);
    expect(all).toMatch(/USDOL\/ETA/);
    expect(all).toMatch(/trademark/);
    expect(all).toMatch(/ESCO/);
    expect(all).toMatch(/European Union/);
    expect(all).toMatch(/CC BY 4\.0/);
  });

  // Formatting, sorted unique ids, parents, related symmetry, cycles and alias clashes: the one
  // data validator (checkBundledData, tests/data/data-check.test.ts).

  it('spells a name again as an alias only in another case, and only for an everyday word (ambiguous)', () => {
    for (const s of taxonomy.skills) {
      if (!s.ambiguous) expect(s.aliases.map((a) => a.toLowerCase()), s.id).not.toContain(s.name.toLowerCase());
    }
  });

  it('has no plain everyday-word aliases', () => {
    for (const bad of ['go', 'node', 'data', 'model', 'make', 'rest', 'spark', 'excel', 'swift', 'rust', 'chef', 'puppet']) {
      const ids = [...(claims.get(bad) ?? [])];
      for (const id of ids) expect(byId.get(id)?.ambiguous, `'${bad}' -> ${id}`).toBe(true);
    }
  });

  it('contains every item of the founding article', () => {
    const missing = FOUNDING_ARTICLE_ITEMS.filter((t) => lookup(t) === undefined);
    expect(missing).toEqual([]);
  });

  it('gives the expected ids to well-known skills', () => {
    const expected: Record<string, string> = {
      'C++': 'cpp', 'C#': 'csharp', '.NET': 'dotnet', 'Node.js': 'nodejs', 'scikit-learn': 'scikit-learn', sklearn: 'scikit-learn',
      GCP: 'google-cloud', 'Google Cloud Platform': 'google-cloud', k8s: 'kubernetes', 'CI/CD': 'ci-cd', 'continuous integration': 'ci-cd',
      postgres: 'postgresql', LLMs: 'llms', 'large language models': 'llms', golang: 'go', 'Apache Spark': 'spark', PySpark: 'pyspark',
      'Microsoft Excel': 'excel', RESTful: 'rest-api', 'REST API': 'rest-api', 'Hugging Face Transformers': 'hugging-face-transformers',
      LangChain: 'langchain', LlamaIndex: 'llamaindex', vLLM: 'vllm', RAG: 'rag', LoRA: 'lora', Pinecone: 'pinecone', FAISS: 'faiss',
      pgvector: 'pgvector', Chroma: 'chroma', 'Weights & Biases': 'wandb', MLflow: 'mlflow', SageMaker: 'sagemaker', 'Vertex AI': 'vertex-ai',
      dbt: 'dbt', Snowflake: 'snowflake', BigQuery: 'bigquery', 'Delta Lake': 'delta-lake', Airflow: 'airflow', Kafka: 'kafka',
      English: 'english', Danish: 'danish', 'financial services': 'financial-services', microservices: 'microservices',
      'unit testing': 'unit-testing', Agile: 'agile', DevOps: 'devops', cloud: 'cloud-computing', ROS: 'ros', SLAM: 'slam',
      'A/B testing': 'ab-testing', 'causal inference': 'causal-inference', CUDA: 'cuda', 'NVIDIA Triton': 'triton-inference-server',
    };
    for (const [term, id] of Object.entries(expected)) expect(lookup(term), term).toBe(id);
  });

  it('marks everyday-word skills ambiguous and gives them unambiguous aliases', () => {
    for (const id of ['go', 'r', 'c', 'spark', 'excel', 'swift', 'rust', 'chef', 'puppet', 'rest-api', 'make', 'julia', 'hive', 'pig', 'beam', 'ray', 'dash', 'storm', 'saltstack']) {
      expect(byId.get(id)?.ambiguous, id).toBe(true);
    }
    expect(byId.get('go')?.aliases).toContain('golang');
    expect(byId.get('spark')?.aliases).toContain('Apache Spark');
    expect(byId.get('excel')?.aliases).toContain('Microsoft Excel');
    expect(byId.get('rest-api')?.aliases).toContain('RESTful');
  });

  it('lets a child satisfy its umbrella skill', () => {
    expect(byId.get('pytorch')?.parent).toBe('deep-learning-frameworks');
    expect(byId.get('sagemaker')?.parent).toBe('aws');
    expect(byId.get('bigquery')?.parent).toBe('data-warehouses');
    expect(byId.get('aws')?.related).toEqual(expect.arrayContaining(['azure', 'google-cloud']));
  });

  it('records sources', () => {
    const count = (src: 'onet' | 'esco' | 'curated') => taxonomy.skills.filter((s) => s.sources.includes(src)).length;
    expect(count('onet')).toBeGreaterThan(150);
    expect(count('esco')).toBeGreaterThan(100);
    expect(byId.get('python')?.sources).toEqual(expect.arrayContaining(['onet', 'esco']));
    expect(byId.get('langchain')?.sources).toEqual(['curated']);
  });
});
