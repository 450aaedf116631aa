import { expect, test } from 'vitest';
import { asks, listed } from './asked';

// Modelled on the development set's Amazon postings (ml1000-207, ml1000-267, ml1000-929 and 8
// more write this line): "source control management" is version control, and the list of
// practices goes on over it and "build processes" to testing.
const amazon = `Applied Scientist, Machine Learning
Basic Qualifications
- 3+ years of non-internship professional software development experience
- Experience programming with at least one software programming language
Preferred Qualifications
- 3+ years of full software development life cycle, including coding standards, code reviews, source control management, build processes, testing, and operations experience
- Bachelor's degree in computer science or equivalent`;

test('source control management is version control, and testing after it is asked', () => {
  const found = asks(amazon);
  expect(found.get('version-control')).toBe('preferred');
  expect(found.get('software-testing')).toBe('preferred');
  expect(found.get('code-review')).toBe('preferred');
  // "build processes" there are the software's builds.
  expect(found.get('build-tools')).toBe('preferred');
  // Testing that goes on into a noun is a thing of its own, after source control management too.
  const metrics = asks('Requirements\n- You will spend time on source control management, feature engineering, developing models, and testing metrics.');
  expect(metrics.get('version-control')).toBe('required');
  expect(metrics.has('software-testing')).toBe(false);
  // To build processes is a verb and its object.
  const verb = asks('Requirements\n- Python and SQL\n- You will build processes and tools for data quality');
  expect(verb.get('python')).toBe('required');
  expect(verb.has('build-tools')).toBe(false);
});

// The same postings' basic qualifications (ml1000-207, ml1000-670, ml1000-879 and 11 more): the
// design or architecture of systems, with its parts in brackets, is system design.
const amazonBasic = `Software Development Engineer, AI
Basic Qualifications
- 3+ years of non-internship professional software development experience
- 2+ years of non-internship design or architecture (design patterns, reliability and scaling) of new and existing systems experience
- Experience programming with at least one software programming language
Preferred Qualifications
- Master's degree in computer science or equivalent`;

test('design or architecture of new and existing systems is asked as system design', () => {
  const found = asks(amazonBasic);
  expect(found.get('system-design')).toBe('required');
  expect(found.get('design-patterns')).toBe('required');
  // Named in the company's blurb, it asks for nothing.
  const blurb = asks('About us\nOur design or architecture teams review every launch.\nRequirements\n- Python and SQL');
  expect(blurb.get('python')).toBe('required');
  expect(blurb.has('system-design')).toBe(false);
});

const listedIn = (text: string) => new Set(listed(text));

// Modelled on the development set's postings ml1000-174, ml1000-622, ml1000-551 and ml1000-601: a
// practice named with the ways it is done ("principles", "practices", "techniques") and its tools
// or methods is asked itself, beside them; named with only "tools" or "platforms" it stays their group.
const mlPlatform = `Machine Learning Engineer, Platform
What You'll Do
- Build the training and serving platform our scientists use every day
Required Qualifications
- 3+ years of Python and SQL
- Experience with MLOps practices and tools (model versioning, monitoring, and deployment)
- Experience with cloud platforms (AWS, GCP, or Azure)
Preferred Qualifications
- Understanding of DevOps principles and tools (such as GitHub, Jenkins, Argo CD)
- Exposure to edge AI and model optimization techniques (e.g., quantization, pruning)`;

test('a practice named with its principles, practices or techniques is listed beside its examples', () => {
  const listed = listedIn(mlPlatform);
  expect(listed.has('mlops')).toBe(true);
  expect(listed.has('devops')).toBe(true);
  expect(listed.has('jenkins')).toBe(true);
  expect(listed.has('model-optimization')).toBe(true);
  expect(listed.has('quantization')).toBe(true);
  // "cloud platforms (AWS, GCP, or Azure)" is the group's name: the platforms are listed, not the kind.
  expect(listed.has('cloud-platforms')).toBe(false);
  expect(listed.has('aws')).toBe(true);
  // With tools alone, MLOps names the tools' group.
  const tools = listedIn('Requirements\n- Python and SQL\n- Familiarity with MLOps tools like MLflow or Kubeflow');
  expect(tools.has('mlflow')).toBe(true);
  expect(tools.has('mlops')).toBe(false);
});

// Modelled on the development set's NLP postings (ml1000-238, ml1000-286, ml1000-442, ml1000-904):
// bare "GPT" beside BERT and T5 is the family of models; "GPT-4" is OpenAI's product, "Auto-GPT" an agent.
const nlpPosting = `Senior NLP Engineer
What You'll Do
- Build the document understanding models behind our search
Requirements
- Strong expertise in NLP, particularly with transformer-based models (BERT, GPT, etc.)
- Experiment with LLMs such as GPT-4 and Claude
Nice to Have
- Experience designing and deploying AI agents (e.g., Auto-GPT, BabyAGI, CrewAI)`;

test('bare GPT beside BERT is the GPT family; GPT-4 and Auto-GPT are not', () => {
  const found = asks(nlpPosting);
  expect(found.get('gpt')).toBe('required');
  expect(found.get('bert')).toBe('required');
  expect(found.get('openai-api')).toBe('required');
  // Only the agents' line: Auto-GPT is no GPT model.
  const agents = asks('Nice to Have\n- Experience designing and deploying AI agents (e.g., Auto-GPT, BabyAGI, CrewAI)');
  expect(agents.get('crewai')).toBe('preferred');
  expect(agents.has('gpt')).toBe(false);
});

// Modelled on the development set's Meta and TikTok postings (ml1000-761, ml1000-948, ml1000-81,
// ml1000-847): content understanding asked among the applications of machine learning, and named
// as a team and as a direction of its work.
const metaPosting = `Machine Learning Engineer, Feed
Responsibilities
- Participate in the improvement of the search core algorithm, possible directions include: Content understanding/matching: applying NLP and CV to queries and videos
Minimum Qualifications
- 2+ years of Python or C++ experience
- Experience developing machine learning models for ranking, recommendations, search, content understanding, image generation, or other relevant applications of machine learning`;

test('content understanding asked among applications of ML is listed, with search and recommendations beside it', () => {
  const found = asks(metaPosting);
  expect(found.get('content-understanding')).toBe('required');
  expect(found.get('recommender-systems')).toBe('required');
  expect(found.get('information-retrieval')).toBe('required');
  // The team's name and its directions alone ask for nothing.
  const team = asks('About the team\nAs a content understanding team on the business side, we work on short videos.\nResponsibilities\n- Participate in the improvement of the search core algorithm, possible directions include: Content understanding/matching: applying NLP to queries\nRequirements\n- 3+ years of Python');
  expect(team.get('python')).toBe('required');
  expect(team.has('content-understanding')).toBe(false);
});

// Modelled on the development set's postings ml1000-489, ml1000-668 and ml1000-864: the blurb
// before the first heading says whom the employer looks for, "with expertise in" what.
const lookingFor = `Machine Learning Engineer, Generative AI
Our client helps retailers with cutting-edge AI solutions. We are looking for a highly skilled Machine Learning Engineer with deep expertise in Generative AI models, PyTorch, and cloud-based infrastructure. We are looking for an experienced engineer to deploy scalable solutions on Kubernetes that power our products.
Requirements
- 5+ years of experience with Python
- Experience with SQL`;

test('whom the employer looks for, with expertise in skills, asks for those skills before any heading', () => {
  const found = asks(lookingFor);
  expect(found.get('generative-ai')).toBe('required');
  expect(found.get('pytorch')).toBe('required');
  // Looked for to do the job, with no expertise named: the job, not an ask.
  expect(found.has('kubernetes')).toBe(false);
});
