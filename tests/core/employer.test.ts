import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { employerNames } from '../../src/core/employer-names';
import { listed } from './asked';

const engine = getBundledEngine();

// Modelled on a real posting of a company named after its product, read without the page's
// company field (as from pasted text): the name opens the blurb, a glued "More about" heading
// and the equal-opportunity line.
const productCompany = `Machine Learning Engineer, Inference
At Hugging Face, we're on a journey to democratize good machine learning.
What you'll do
- Develop software for model serving on GPUs, in Rust and Python
- Work with the open-source community on our inference server
About you
- Experience with PyTorch and Docker
- Experience with Kubernetes is a plus
Join our team and contribute to the advancement of open machine learning.More about Hugging FaceWe are actively working to build a culture that values diversity, equity, and inclusivity.
Hugging Face is an equal opportunity employer and we do not discriminate on the basis of race.`;

// Modelled on a real posting whose blurb heading is glued to the last requirement ("…TFAbout
// Meta:"), so no heading starts the blurb; the employer's products follow.
const gluedBlurb = `Software Engineer, Machine Learning
Minimum Qualifications:
Experience with Python and SQL
Preferred Qualifications:
Experience with PyTorch and TFAbout Meta:Meta builds technologies that help people connect. Now, Meta is moving beyond 2D screens toward immersive experiences like augmented and virtual reality to help build the next evolution in social technology.`;


test('the posting names its employer: "At X, we", "About X:", "X is an equal opportunity employer"', () => {
  expect(employerNames(productCompany)).toEqual(['Hugging Face']);
  expect(employerNames(gluedBlurb)).toEqual(['Meta']);
  // A heading is no name, and a name glued to the word before it is not trusted.
  expect(employerNames('About the Role: build models.\nBenefitsBask Health is an equal opportunity employer.')).toEqual([]);
});

test("the employer's own name is not an ask, even when a product has that name", () => {
  const ids = listed(productCompany);
  expect(ids).toEqual(expect.arrayContaining(['pytorch', 'docker', 'kubernetes', 'rust', 'python']));
  expect(ids).not.toContain('hugging-face');
});

test("a sentence about the employer is its blurb, whatever heading it follows", () => {
  const ids = listed(gluedBlurb);
  expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'pytorch']));
  expect(ids).not.toContain('computer-graphics');
});

test.each([
  // A heading naming the employer run into its blurb's first sentence, the line break lost.
  ['…and Kubernetes clustersAbout TreeswiftTreeswift is a robotics company that inspects forests.', ['Treeswift']],
  ['Life at LumenLumen [NYSE: LU] is the leading platform for building games.', ['Lumen']],
  // The employer as the subject of its blurb, at a sentence start.
  ['Quillbot is a leading smart writing company at the forefront of innovation.', ['Quillbot']],
  ['Orbital’s mission is to make satellite data useful. We build models.', ['Orbital']],
  ['Who We AreNuvo exists to better everyday life through robotics.', ['Nuvo']],
  ['About the job We’re Fathom, the analytics company for hospitals. Join us.', ['Fathom']],
  ['Brightline is a proud equal opportunity employer.', ['Brightline']],
  ['Intercontinental Exchange, Inc. is an Equal Opportunity Employer.', ['Intercontinental Exchange']],
  // Its description between the name and the verb: "Splunk, a Cisco company, is building…".
  ['Splunk, a Cisco company, is building a safer and more resilient digital world.', ['Splunk']],
  ['Role summary.Relay, an AI research lab, is looking for engineers.', ['Relay']],
  // A heading glued before a name written as one word, and a name written twice, are cut off.
  ['ResponsibilitiesShopLoop is the leading destination for live shopping.', ['ShopLoop']],
])('the employer named by its blurb: %s', (text, names) => {
  expect(employerNames(text)).toEqual(names);
});

test.each([
  // A tool or a skill as a subject names no employer: no kind of organisation follows.
  '- Python is a must; Spark is a plus.',
  '- Kubernetes is the platform we deploy on.',
  // "About You" and "About Us" are headings, not names.
  'About YouYou have shipped models to production.',
  'Experience with Airflow. Sustainability is the founding concept of our business.',
  // Inside a sentence, or described as no organisation, it is a tool.
  '- Experience with Datadog or Splunk, a Cisco company, is required.',
  'Airflow, a workflow scheduler, is used across our teams.',
])('no employer in: %s', (text) => {
  expect(employerNames(text)).toEqual([]);
});

// Modelled on a real posting read without the page's company field: the heading naming the
// employer is run into the blurb, the blurb names the employer's product (a skill of the
// taxonomy), and the posting has no requirements heading, so every other line counts as asked.
const runInBlurb = `Machine Learning Engineer, Fine-Tuning API
About LumenLumen is a research-driven artificial intelligence company. Lumen’s platform runs on Kubernetes clusters we operate ourselves. Founded in 2021, Lumen has contributed to open-source models used by thousands of developers.
RoleAs an ML Engineer on the Fine-Tuning team, you will build the service that lets our users customize models.
Responsibilities
- Build and improve Lumen's training infrastructure in Python
- Profile and speed up PyTorch training jobs
Requirements
- 3+ years of experience with Python and PyTorch
- Experience with Docker
Lumen is an equal opportunity employer.`;

test("the employer's sentences about itself are no asks, however the posting runs its heading into them", () => {
  const ids = listed(runInBlurb);
  expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch', 'docker']));
  expect(ids).not.toContain('artificial-intelligence');
  expect(ids).not.toContain('kubernetes');
});

// Modelled on real team introductions: the team and its work as the subject, a recruiter's
// client saying what it builds with, and a pointer to the team's articles whose titles name skills.
const teamIntro = `Senior Machine Learning Engineer
The Data & ML Platform team manages a range of data and machine learning systems, from data ingestion to serving.
Our work facilitates diverse applications such as simulations and gaming experiences.
Leveraging advanced computer vision and NLP, they are redefining how retailers track stock.
For more details about our work, see these links: Reinforcement Learning for Data Pipeline Tuning, Consolidating Models
Our team is looking for an engineer with experience in Kafka.
What you'll do
- Build feature pipelines in Python and Spark
- Deploy models on Kubernetes`;

test("a team or a client describing its own work asks nothing; whom the team looks for is the ask", () => {
  const ids = listed(teamIntro);
  expect(ids).toEqual(expect.arrayContaining(['kafka', 'python', 'spark', 'kubernetes']));
  for (const id of ['simulation', 'game-development', 'computer-vision', 'nlp', 'reinforcement-learning', 'data-pipelines']) expect(ids).not.toContain(id);
});

// Modelled on a real startup posting with no requirements heading: the duties, then the stack.
const stack = `Machine Learning Engineer
We're growing fast and are looking for a Machine Learning Engineer to scale our document platform.
What You'll Do
- Design machine learning models that extract insights from medical documents
- Integrate these models with our backend services in Python
Our Tech Stack Includes
Serverless computing with AWS Lambdas and Fargate
CDK and GitHub Actions for CI/CD
DynamoDB and Redshift for data storage
Benefits
- Health, dental and vision insurance`;

test('a tech stack names the tools the team uses: no asks, even where no heading sets the requirements apart', () => {
  const ids = listed(stack);
  expect(ids).toEqual(expect.arrayContaining(['python', 'machine-learning']));
  for (const id of ['aws-lambda', 'dynamodb', 'amazon-redshift', 'github-actions', 'aws-cdk']) expect(ids).not.toContain(id);
  // A sentence under the stack that asks still asks.
  expect(listed(stack.replace('DynamoDB and Redshift for data storage', 'Experience with DynamoDB is a plus'))).toContain('dynamodb');
});

// Modelled on real postings of employers whose names hold a skill's name ("Gecko Robotics",
// "Samsung Electronics America"): the name in a duty names the employer, not the skill.
const skillInName = `Machine Learning Engineer, Perception
Gecko Robotics is helping the world's most important organizations keep critical infrastructure safe.
What you'll do
- Ship perception models for Gecko Robotics inspections, in Python and C++
- Profile models on GPUs
Gecko Robotics is an equal opportunity employer.`;

test("a skill's name inside the employer's is the employer", () => {
  expect(employerNames(skillInName)).toEqual(['Gecko Robotics']);
  const ids = listed(skillInName);
  expect(ids).toEqual(expect.arrayContaining(['python', 'cpp', 'gpu-programming']));
  expect(ids).not.toContain('robotics');
});

test.each([
  ['a run-in blurb', runInBlurb, ['artificial-intelligence', 'kubernetes']],
  ['a team introduction', teamIntro, ['simulation', 'computer-vision', 'reinforcement-learning']],
  ['a tech stack', stack, ['aws-lambda', 'dynamodb']],
  ["a skill in the employer's name", skillInName, ['robotics']],
])("the page's highlights follow the gap: %s", (_, text, blurbOnly) => {
  const highlighted = new Set(engine.findMentions(text, { askedOnly: true }).map((m) => m.skillId));
  expect([...highlighted].sort()).toEqual([...new Set(listed(text, { soft: true }))].sort());
  for (const id of blurbOnly) expect(highlighted.has(id), id).toBe(false);
});

// Modelled on a real staffing firm's posting: the about-heading, a name of several words, is
// glued to the blurb's first word ("…About Stefanini GroupThe Stefanini Group is…").
test("an about-heading of several words glued to its blurb starts the employer's text", () => {
  const text = `Machine Learning Engineer
Requirements:
- Experience with Python, GCP and Kubernetes
- Hands-on MLOps experience with Jenkins
We also speak with you about the process including interviews and job offers.About Stefanini GroupThe Stefanini Group is a global provider of offshore, onshore and near shore outsourcing, IT digital consulting, systems integration, application, and strategic staffing services.`;
  const ids = listed(text);
  expect(ids).toEqual(expect.arrayContaining(['python', 'google-cloud', 'kubernetes', 'jenkins']));
  expect(ids).not.toContain('systems-integration');
  // The role's own heading glued the same way stays the role's.
  expect(listed(text.replace('Requirements:', 'About The RoleYou will deploy models with systems integration experience.\nRequirements:'))).toContain('systems-integration');
});

// Modelled on a development posting (ml1000-19), in our words: a team written with capitals, as
// the subject of a sentence saying what it does, speaks of itself; the asks are elsewhere.
const capitalisedTeam = `Machine Learning Engineer, Personalization
The Role
Applied Machine Learning Research at Streamco improves many parts of our business, including personalization algorithms, content generation and tooling for artists.
The Team prototypes new applications of generative models for our editors.
Qualifications
- 3+ years of experience with Python and PyTorch
- Experience with A/B testing`;

test('a capitalised team as the subject of what it does is the blurb, not an ask', () => {
  const ids = listed(capitalisedTeam);
  expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch', 'ab-testing']));
  expect(ids).not.toContain('recommender-systems');
  expect(ids).not.toContain('generative-ai');
});

// Modelled on the development postings of a cloud provider's own teams (ml1000-670 and four
// like it), in our words: the employer is a cloud platform, named only by its abbreviation in the
// duties ("on AWS Silicon") and by its culture line ("Here at AWS, it’s in our nature…"), and in
// full in the job board's footer ("Company - …, Inc.Job ID: …", the field glued to the next).
const cloudProviderPosting = `Machine Learning Engineer, Generative AI Innovation Center
DescriptionThe Generative AI Innovation Center helps customers build generative AI applications at scale.
Key job responsibilities
Model Optimization on AWS Silicon: optimize large language models for deployment on our custom accelerators, writing custom kernels in C++
Distributed Training: build training pipelines for LLMs with PyTorch and DeepSpeed
Inclusive Team Culture
Here at AWS, it’s in our nature to learn and be curious.
Basic Qualifications
- 3+ years of non-internship professional software development experience
- Experience programming in Python
Company - Amazon Web Services, Inc.Job ID: A1234567`;

test('the employer named by "Here at X, it’s…" and by a job board\'s "Company - X" footer is no ask', () => {
  expect(employerNames(cloudProviderPosting)).toEqual(expect.arrayContaining(['AWS', 'Amazon Web Services']));
  const ids = listed(cloudProviderPosting);
  expect(ids).toEqual(expect.arrayContaining(['pytorch', 'deepspeed', 'python']));
  expect(ids).not.toContain('aws');
  // Another employer's posting that deploys on AWS asks for it.
  const elsewhere = cloudProviderPosting.replace('Here at AWS, it’s', 'Here at Acme, it’s').replace('Amazon Web Services, Inc.', 'Acme Robotics, Inc.');
  expect(employerNames(elsewhere)).toEqual(expect.arrayContaining(['Acme', 'Acme Robotics']));
  expect(listed(elsewhere)).toContain('aws');
  // "here at" that the employer does not go on to speak after names no one.
  expect(employerNames('Build the search engine here at Kensho. You will be working on a team of five.')).toEqual([]);
});
