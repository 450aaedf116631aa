import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';
import { FIXTURE_TAXONOMY } from './fixture-taxonomy';

const matcher = createMatcher(FIXTURE_TAXONOMY);
const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);

describe('word boundaries that understand programming names', () => {
  test.each([
    ['Strong C++ and C# skills, plus .NET Core services.', ['cpp', 'csharp', 'dotnet']],
    ['Backend in Node.js (nodejs 20) with CI/CD through GitHub.', ['nodejs', 'nodejs', 'ci-cd']],
    ['We use scikit-learn, sklearn pipelines and scikit learn models.', ['scikit-learn', 'scikit-learn', 'scikit-learn']],
    ['Operate k8s clusters; Kubernetes operators.', ['kubernetes', 'kubernetes']],
    ['Experience fine-tuning LLMs for search.', ['large-language-models']],
    ['CI CD pipelines and continuous integration', ['ci-cd', 'ci-cd']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('offsets are UTF-16 code units into the text', () => {
    const text = 'Rôle 🚀: Python, C++ and .NET';
    for (const m of matcher.findMentions(text)) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
    expect(matcher.findMentions(text).map((m) => m.span.text)).toEqual(['Python', 'C++', '.NET']);
  });

  test('longest match wins over a shorter alias inside it', () => {
    expect(ids('Built on Apache Spark and REST API design')).toEqual(['apache-spark', 'rest-api']);
  });
});

describe('everyday words need evidence', () => {
  test.each([
    'You will be the go-to person for the rest of the team.',
    'We want people who excel at communication.',
    'Excel at building relationships across the company.',
    'Go beyond the obvious and make an impact.',
    'Our R&D group spans three continents.',
    'Report to the C-suite on progress.',
    'Rest assured, we spark curiosity in every hire.',
    'Let your ideas Spark change.',
  ])('not a skill: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  test.each([
    ['Proficiency in Python, R and SQL.', ['python', 'r', 'sql']],
    ['Services written in Go and Python on Kubernetes.', ['go', 'python', 'kubernetes']],
    ['Golang microservices', ['go']],
    ['Advanced Excel and Tableau dashboards.', ['excel', 'tableau']],
    ['Data pipelines on Spark, SQL and AWS.', ['apache-spark', 'sql', 'aws']],
    ['Design REST and gRPC services in Python.', ['rest-api', 'python']],
    ['Embedded C, C++ and Python tooling.', ['c', 'cpp', 'python']],
    ['R programming for statistics', ['r']],
  ])('a skill: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('addresses are not skills', () => {
  test('URLs and e-mail addresses name no skill', () => {
    const text = 'Apply at https://careers.example.com/python-aws-roles or write to sql.team@example.com. We use Python and AWS.';
    expect(ids(text)).toEqual(['python', 'aws']);
  });
});

describe('bare "Lambda" and "Node" with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => m.skillId);
  test.each([
    ['Services on AWS: Lambda, S3 and DynamoDB', 'aws-lambda'],
    ['Our stack is React and Node with TypeScript', 'nodejs'],
  ])('a skill with evidence: %s', (text, id) => {
    expect(found(text)).toContain(id);
  });
  test.each([
    ['aws-lambda', 'Pick a lambda value for the regulariser'],
    ['aws-lambda', 'Lambda calculus is not required here, Python is'],
    ['nodejs', 'Each node of the graph is a customer'],
    ['nodejs', 'Node by node, the cluster grows'],
  ])('not %s: %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
});

// Modelled on the development postings' tool lists: the products named by their last word alone.
describe('bare "Bedrock", "Synapse" and "Scikit" with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => m.skillId);
  test.each([
    ['Experience with AWS SageMaker, Bedrock, and AWS cloud platform for deploying AI solutions.', 'bedrock'],
    ['Experience with Azure Machine Learning, Azure Fabric, Synapse, PowerBI or similar platforms.', 'synapse'],
    ['Data science tools and frameworks (i.e. Python, Scikit, NLTK, Numpy, Pandas, TensorFlow).', 'scikit-learn'],
  ])('a skill with evidence: %s', (text, id) => {
    expect(found(text)).toContain(id);
  });
  test.each([
    ['bedrock', 'Trust is the bedrock of our culture, and Python is our language.'],
    ['synapse', 'Every synapse of the network is a weight in PyTorch.'],
    ['scikit-learn', 'Image filters in scikit-image and OpenCV.'],
  ])('not %s: %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
});

describe('names written with a spaced "&", with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => `${m.skillId}:${m.span.text}`);
  test('"Weights & Biases" and "W&B" are both the experiment tracker', () => {
    expect(found('Track experiments in Weights & Biases (W&B) or MLflow.')).toEqual([
      'wandb:Weights & Biases',
      'wandb:W&B',
      'mlflow:MLflow',
    ]);
  });
  test('an "&" the page left escaped ("&amp;", as scraped descriptions hold it) is an "&", the span the text as written', () => {
    // Real postings of the development data: "MLFlow, KubeFlow, W&amp;B, etc", "DIN, Deep&amp;Wide".
    expect(found('Experience with MLOps tools like MLFlow, KubeFlow, W&amp;B, etc')).toContain('wandb:W&amp;B');
    expect(found('Familiar with common algorithms such as GBDT, LTR, Word2vec, DIN, Deep&amp;Wide; Proficient in Python')).toContain('wide-and-deep:Deep&amp;Wide');
    expect(found('You have shipped Trust &amp; Safety classifiers.')).toContain('trust-and-safety:Trust &amp; Safety');
  });
  test('punctuation written together in a name still has to touch: "C ++" is not C++', () => {
    expect(found('We write C++ daily')).toContain('cpp:C++');
    expect(found('We write C ++ daily')).not.toContain('cpp:C ++');
  });
});

describe('compounds and lead-ins, with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => m.skillId);
  test('a name of several words does not start inside a compound: "large-scale AI" is not Scale AI', () => {
    expect(found('Build inference services for large-scale AI applications')).not.toContain('scale-ai');
    expect(found('We label data with Scale AI and Labelbox')).toContain('scale-ai');
  });
  test('"experience with" vouches for an everyday word', () => {
    expect(found('- You have experience with Snowflake.')).toContain('snowflake');
    expect(found('- Knowledge of Go is required')).toContain('go');
    expect(found('- You will be the go-to person for data questions')).not.toContain('go');
  });
});

describe('abbreviations and words with another meaning in postings, with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => m.skillId);
  test.each([
    ['google-tag-manager', 'Partner with our Go-To-Market (GTM) team on launches'],
    ['apm', 'Mentor our Associate Product Managers (APMs)'],
    ['acr', 'Work on automatic content recognition (ACR) for TV'],
    ['app-engine', 'Train policies with PPO with GAE'],
    ['mpi', 'A joint lab with the Max Planck Institute (MPI)'],
    ['ab-initio', 'Run ab initio molecular dynamics simulations'],
    ['supply-chain-logistics', 'The recruiter will handle interview logistics'],
    ['shap', 'Our mission shapes how millions of people shop'],
  ])('not %s: %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
  test.each([
    ['jaeger', 'Distributed tracing with Jaeger and Zipkin'],
    ['shap', 'Model explanations with SHAP and LIME'],
    ['mpi', 'Experience with MPI and OpenMP on HPC clusters'],
  ])('%s where it is the tool: %s', (id, text) => {
    expect(found(text)).toContain(id);
  });
});

describe('aliases that named something else in real postings, with the bundled taxonomy', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const found = (text: string) => bundled.findMentions(text).map((m) => m.skillId);
  test.each([
    ['six-sigma', 'We foster a culture of continuous improvement'],
    ['remote-work', 'Our approach to in-person and remote work is flexible'],
    ['openai-api', 'Experience with Transformer models (BERT, GPT)'],
    ['triton-inference-server', 'Write kernels in CUDA or Triton'],
    ['self-supervised-learning', 'Work closely with the pre-training team on frontier models'],
    ['http', 'Apply at https //jobs.example.com'],
  ])('not %s: %s', (id, text) => {
    expect(found(text)).not.toContain(id);
  });
  test('pretraining is LLM pretraining', () => {
    expect(found('Experience with large-scale pretraining of language models')).toContain('llm-pretraining');
  });
});

describe('a role name that describes the candidate asks for its skill', () => {
  const bundled = createMatcher(BUNDLED_TAXONOMY);
  const roleNamed = (text: string, id: string) => bundled.findMentions(text).find((m) => m.skillId === id)?.inRoleName === true;
  // Modelled on the "You Are" sections of start-up postings in the development set.
  test.each([
    ['You Are A deep learning researcher, with a track record in language models', 'deep-learning'],
    ["You're an innovative machine learning engineer who ships", 'machine-learning'],
    ['You are a mid-level data scientist with strong SQL', 'data-science'],
  ])('%s', (text, id) => {
    expect(roleNamed(text, id)).toBe(false);
  });
  test('the job itself stays a name', () => {
    expect(roleNamed('As a Machine Learning Engineer, you will build ranking models.', 'machine-learning')).toBe(true);
    expect(roleNamed('We are a machine learning team of five engineers.', 'machine-learning')).toBe(true);
    expect(roleNamed("If you're a backend developer you'll be expected to know SQL.", 'backend-development')).toBe(true);
  });
});
