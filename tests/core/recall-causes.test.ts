import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { asks } from './asked';

const engine = getBundledEngine();
const analyze = (text: string) => engine.analyze({ title: 'Machine Learning Engineer', text, source: 'test' }, []);

// Modelled on the MLOps postings of the development set (ml1000-363, ml1000-601: "CI/CD for ML").
const mlopsPosting = `About the Role
We are looking for a talented Machine Learning Engineer to join our platform team.

Responsibilities
- Deploy and monitor models in production
- Ensure adherence to MLOps principles, including automation, CI/CD for ML, and reproducibility.

Qualifications
- Experience with cloud platforms such as AWS, Azure, or GCP
- Hands-on experience with MLOps, CI/CD for machine learning, and containerization tools (Docker, Kubernetes)
- Experience building continuous training pipelines is a plus

Benefits
- Health, dental and vision insurance`;

test('CI/CD for ML is the CI/CD a candidate lists; continuous training is its own practice', () => {
  const found = asks(mlopsPosting);
  expect(found.get('ci-cd')).toBe('required');
  expect(found.get('ml-ci-cd')).toBe('preferred');
  const gap = analyze(mlopsPosting).gap;
  expect(gap.missingRequired.map((s) => s.name)).toContain('CI/CD');
  expect(gap.missingRequired.map((s) => s.id)).not.toContain('ml-ci-cd');
  // A user who lists CI/CD meets it.
  const withCi = engine.analyze({ title: 'Machine Learning Engineer', text: mlopsPosting, source: 'test' }, [{ id: 'ci-cd', name: 'CI/CD' }]);
  expect(withCi.gap.matched.map((s) => s.id)).toContain('ci-cd');
});

// Modelled on the development set's ml1000-872 and ml1000-914 ("relational and non-relational databases").
const dataPosting = `About Us
We build the fitness platform millions of members use every day.

What You'll Do
- Design unsupervised & self-supervised learning models to process high-dimensional sensor data
- Write reliable, well-tested code

What We're Looking For
- Experience writing code in Python, Java, Kotlin, Go, C/C++
- Experience with relational and non-relational databases such as Postgres, MySQL, Cassandra, or DynamoDB.
- Familiarity with supervised and semi-supervised learning

Benefits
- Health, dental and vision insurance`;

test('a hyphenated first word shares the head written once after it', () => {
  const found = asks(dataPosting);
  expect(found.get('relational-databases')).toBe('required');
  expect(found.get('nosql-databases')).toBe('required');
  expect(found.get('unsupervised-learning')).toBe('required');
  expect(found.get('self-supervised-learning')).toBe('required');
  expect(found.get('supervised-learning')).toBe('required');
  expect(found.get('semi-supervised-learning')).toBe('required');
});

// Modelled on the development set's ml1000-697 and ml1000-747 (a GenAI data scientist's posting).
const genAiPosting = `Job Description:
We are hiring a Data Scientist to build generative AI solutions for our enterprise clients.

Responsibilities
- Build and evaluate retrieval-augmented generation pipelines

Requirements
- Minimum 6+ years of industry experience in enterprise level AI model development
- Hands-on experience with transformer models like BERT, GPT, etc with semi supervised model building experience
- Sound knowledge of LLM model tuning and conceptual level understanding of how last layer training works
- Experience with Bayesian optimization or grid search is a plus

Benefits
- Medical, dental and vision coverage`;

test('model tuning is fine-tuning; hyperparameter search is hyperparameter tuning', () => {
  const found = asks(genAiPosting);
  expect(found.get('fine-tuning')).toBe('required');
  expect(found.get('hyperparameter-tuning')).toBe('preferred');
});

// Modelled on the development set's ml1000-171 and ml1000-174, whose scraped lists lost their line breaks.
const gluedPosting = `Lead Machine Learning Engineer
As a Lead Machine Learning Engineer, you'll lead technical efforts to research and deliver ML products.
Basic Qualifications3 years of MLOps or AIOps experience, operationalizing real-time ML/AI modelsExpert level understanding of Python ecosystem and common AI/ML frameworks (LangChain, TensorFlow, PyTorch)Expert level coding expertise in Python and SQLExpert level knowledge of MLOps/AIOps concepts and CI/CD pipelinesPreferred QualificationsUnderstanding of MLOps principles and tools like MLflow or KubeflowContributions to open-source AI/ML projectsWhat's In It For YouWe're committed to helping you grow.`;

test('"Expert" and "Contributions" glued to a name open the next item; the name is asked, not a job title', () => {
  const found = asks(gluedPosting);
  expect(found.get('sql')).toBe('required');
  expect(found.get('kubeflow')).toBe('preferred');
  expect(found.get('mlflow')).toBe('preferred');
});

test('a role noun written apart after a name still names the job', () => {
  const found = asks(`${gluedPosting}\nAbout the team\nYou will work beside our Scala Expert and the Rust Developer on call.`);
  expect(found.has('scala')).toBe(false);
  expect(found.has('rust')).toBe(false);
});

// Modelled on the development set's ml1000-900 (a marketplace's applied scientist) and ml1000-279.
const examplesPosting = `Applied Scientist, Marketplace
Our marketplace connects millions of buyers and sellers.

Minimum Qualifications
- 3+ years of experience in applied machine learning
- Familiarity with large-scale data systems (e.g., Spark, Hive) and experience building production-ready algorithmic systems.

Preferred:
- Experience with Go, React TS or Rust

Perks
- Go beyond your role with a learning budget`;

test('an everyday name listed after one kept as a name is a name too', () => {
  const found = asks(examplesPosting);
  expect(found.get('spark')).toBe('required');
  expect(found.get('hive')).toBe('required');
  expect(found.get('go')).toBe('preferred');
  expect(found.get('react')).toBe('preferred');
});

// Modelled on the development set's ml1000-370 (a bank's ML engineer) and on a clinical data scientist's posting.
const awsPosting = `Machine Learning Engineer III
Job responsibilities
- Execute software solutions, design, development, and technical troubleshooting

Required qualifications, capabilities, and skills
- Hands-on experience with AWS cloud-based application development and infrastructure - EC2, EKS
- Experience in designing and building AWS data pipelines using Lambda, SQS, SNS, Athena, Glue, EMR, S3 to facilitate ML training
- Experience analyzing and evaluating the ongoing performance of developed models`;
const clinicalPosting = `Clinical Data Scientist
Requirements
- Experience with EMR data and clinical workflows
- Build models on clinical notes from the EMR with Python and SQL`;

test('EMR is Amazon EMR in a list of tools, and no tool in a hospital posting', () => {
  expect(asks(awsPosting).get('emr')).toBe('required');
  const clinical = analyze(clinicalPosting);
  expect(clinical.skills.some((s) => s.id === 'emr')).toBe(false);
  expect(clinical.skills.some((s) => s.id === 'python')).toBe(true);
});

// Modelled on the development set's ml1000-436 and ml1000-557 (start-ups' data scientist postings
// whose scraped headings ran into their text).
const startupPosting = `About UsCommon Room is the customer intelligence platform that captures every buying signal.We’ve raised over $50 million from top-tier investors to build the world's first customer intelligence platform for modern B2B companies.So hello! Please, knock on our door. We'd love to meet you.You would enjoy being a member of our team if you:Have 3+ years of experience building data or/or ML-based models leveraging industry best practices. Have exceptional SQL skills and experience with large-scale data transformation. Partner with the product team to convert data insights into product improvementsOur current tech stack:We choose tools that help solve the problem at hand efficiently. For our current set of problems, we prefer to primarily use TypeScript with Node.js. We use React for front-end, and AWS for our infrastructure needs.Our values:Be Customer-centric - We work backwards from the needs of our customers.`;

test('"…if you:" run into the text heads the requirements; the team\'s own stack and preferences ask nothing', () => {
  const found = asks(startupPosting);
  expect(found.get('sql')).toBe('required');
  expect(found.get('machine-learning')).toBe('required');
  expect(found.has('typescript')).toBe(false);
  expect(found.has('nodejs')).toBe(false);
  const thrive = asks(`Unlimited PTO (for real)You’ll thrive here if you:Have 3+ years of experience in data science or machine learning.Have strong knowledge of relational databases like Postgres and MySQL.Have excellent communication and collaboration skills.`);
  expect(thrive.get('postgresql')).toBe('required');
  expect(thrive.get('mysql')).toBe('required');
});

// Modelled on the development set's ml1000-122 (Etsy), read whole as its company description before.
const etsyPosting = `Company DescriptionEtsy is the global marketplace for unique and creative goods. We build, power, and evolve the tools and technologies that connect millions of entrepreneurs with millions of buyers around the world.What’s the role?Etsy is hiring a Machine Learning Engineer to join the Inventory team.What does the day-to-day look like?Collaborate with engineering teams to share ideas and discuss model capabilities with product managers.Develop, optimize, and deploy large-scale machine learning models to achieve key outcomes.Run A/B tests to evaluate the effectiveness of machine learning powered products.Qualities that will help you thrive in this role are:You collaborate and communicate effectively with teammates and cross-functional partners.You quickly learn new technologies and strategically integrate them into existing workflows, while also being proficient in databases, SQL, and scripting languages.What's next?If you're interested in joining the team at Etsy, please send a cover letter and resume.`;

test('the qualities that help you thrive in the role are its requirements', () => {
  const found = asks(etsyPosting);
  expect(found.get('sql')).toBe('required');
  expect(found.get('databases')).toBe('required');
  expect(found.get('scripting-languages')).toBe('required');
});

// Modelled on a life insurer's actuarial data-science posting: "SOA" there is the Society of
// Actuaries, whose exams and credentials it asks for, not a service-oriented architecture.
const actuarialPosting = `Actuarial Data Scientist
What you'll do
- Build pricing and reserving models in Python and R for our life and annuity products
- Partner with actuaries on mortality experience studies and assumption reviews

Requirements
- 3+ years of experience in predictive modeling with Python or R
- Progress toward ASA or FSA credentials (SOA exams) preferred
- Fellow or Associate of the Society of Actuaries (SOA) is a plus
- Experience with SQL and Snowflake`;

test('SOA is a service-oriented architecture in a list of tools, and none in an actuarial posting', () => {
  const actuarial = analyze(actuarialPosting);
  expect(actuarial.skills.some((s) => s.id === 'service-oriented-architecture')).toBe(false);
  expect(actuarial.skills.find((s) => s.id === 'predictive-modeling')?.importance).toBe('required');
  const services = awsPosting.replace('- Experience analyzing', '- Experience designing REST APIs, SOA, microservices and Kafka-based systems\n- Experience analyzing');
  expect(asks(services).get('service-oriented-architecture')).toBe('required');
});
