import { getBundledEngine } from '../../src/core/bundled';
import { describe, expect, test } from 'vitest';
import { analyzeStructure, sentenceAt } from '../../src/core/sections';
import { asks } from './asked';

// Modelled on a consulting firm's postings as job boards flatten them: each heading glued to the
// text before and after it, the qualifications heading to a digit ("Skills3 + years").
const POSTING = [
  "Who You'll Work WithYou will be part of the technology architecture and enablement pod, a diverse and curious team.",
  'Your ImpactYou will design, implement and deploy machine learning services at scale in production.',
  'You will build self-serve tools that analyze unstructured text.',
  'Your Qualifications and Skills3 + years of experience deploying machine learning models with Python on AWS.',
  'Experience with Terraform or CloudFormation is a plus.',
].join('');

describe('headings glued to the text around them', () => {
  test('a qualifications heading glued to a number opens the requirements', () => {
    const structure = analyzeStructure(POSTING);
    const years = POSTING.indexOf('3 + years');
    expect(sentenceAt(structure.sentences, years)?.kind).toBe('required');
    // The duties before it keep their kind.
    expect(sentenceAt(structure.sentences, POSTING.indexOf('You will build self-serve'))?.kind).toBe('responsibilities');
  });
});

describe('a heading whose line breaks were lost on both sides', () => {
  // Modelled on an AI start-up's posting: the list's last item, a space, the heading, and the
  // next item glued to it.
  const text =
    'You Are A researcher with a track record in language models Fluent in English Bonus PointsKnowledge of approaches used in distributed trainingFamiliarity with Triton';
  test('opens its section', () => {
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('distributed training'))?.kind).toBe('preferred');
    expect(sentenceAt(structure.sentences, text.indexOf('Fluent in English'))?.kind).not.toBe('preferred');
  });
  // Modelled on a social site's ads posting: the duties' last item, a space, the heading glued to a count of years.
  test('a requirements heading glued to a count of years opens the requirements', () => {
    const text =
      'Your ResponsibilitiesWork on large scale data systems and backend servicesCollaborate closely with stakeholders across product, engineering, research and marketing Required Qualifications2+ years of experience with industry-level deep learning models.';
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('2+ years'))?.kind).toBe('required');
    expect(sentenceAt(structure.sentences, text.indexOf('Collaborate'))?.kind).toBe('responsibilities');
  });
  // Modelled on a health insurer's posting whose scrape kept one space around each heading.
  test('a preferences heading between two single spaces opens the extras', () => {
    const text =
      'Required Skills Strong SQL skills. Demonstrated programming proficiency in R or Python Desired Skills Understand concepts of big data engineering and ETL pipelines  Proficiency with tools such as Databricks and Terraform.';
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('Python'))?.kind).toBe('required');
    expect(sentenceAt(structure.sentences, text.indexOf('Terraform'))?.kind).toBe('preferred');
    expect(asks(text).get('databricks')).toBe('preferred');
  });
  test('a heading phrase inside a sentence, followed by a space, opens nothing', () => {
    const plain = 'We offer a sign-on bonus and our Bonus Points program to every hire.';
    expect(analyzeStructure(plain).headings).toEqual([]);
  });
});

describe('headings that scrapes join to the text in other ways', () => {
  // Modelled on a medical-AI start-up's posting: headings of a modifier and a known heading word,
  // each glued to the text on both sides.
  const led = [
    'You will make sure our model developers can rely on efficient, large-scale training.',
    'Essential ResponsibilitiesBuild and own tools that speed up how we train and launch models.',
    'Work with model developers to raise GPU efficiency.',
    'Experience Requirements4+ years of industry software engineering experience.',
    '2+ years of industry experience building with AWS, Docker, and Kubernetes.',
  ].join('');
  test('a capitalised word before a known heading word belongs to the heading', () => {
    const structure = analyzeStructure(led);
    expect(structure.headings.map((h) => [h.text, h.kind])).toEqual([
      ['Essential Responsibilities', 'responsibilities'],
      ['Experience Requirements', 'required'],
    ]);
    expect(sentenceAt(structure.sentences, led.indexOf('building with AWS'))?.kind).toBe('required');
  });

  // Modelled on a utility's posting, whose scrape keeps narrow no-break spaces where the lines were.
  const spaced =
    'Assist with code review and quality assurance activities.Qualifications\u202f\u202f \u202fA Bachelor’s degree in economics or statistics.\u202f\u202f \u202fProficiency in Python, SAS or R.';
  test('a run of spaces after a heading is its line break', () => {
    const structure = analyzeStructure(spaced);
    expect(structure.headings.map((h) => h.text)).toEqual(['Qualifications']);
    expect(sentenceAt(structure.sentences, spaced.indexOf('Python'))?.kind).toBe('required');
  });

  // Modelled on a bank's posting whose list items lost all their line breaks and full stops.
  const template =
    'Requirements Proficient in coding in one or more languages Advanced experience in Python and PySpark Hands-on experience with AWS Overall knowledge of the Model Development Life Cycle Preferred qualifications, capabilities, and skills: Practical cloud native experience In-depth knowledge of the financial services industry';
  test("a preference heading going on as a list ('…, capabilities, and skills:') is found mid-line", () => {
    const structure = analyzeStructure(template);
    expect(structure.headings.map((h) => [h.text, h.kind])).toEqual([
      ['Requirements', 'required'],
      ['Preferred qualifications, capabilities, and skills', 'preferred'],
    ]);
    expect(sentenceAt(structure.sentences, template.indexOf('PySpark'))?.kind).toBe('required');
    expect(sentenceAt(structure.sentences, template.indexOf('cloud native'))?.kind).toBe('preferred');
  });
  test("'Requirements, such as…' in a sentence is no heading", () => {
    const plain = 'We review security requirements. Requirements, such as data retention, come from legal.';
    expect(analyzeStructure(plain).headings.filter((h) => h.text.startsWith('Requirements,'))).toEqual([]);
  });

  // Modelled on an internship posting whose headings follow the job's title and a dash.
  const dashed = [
    'We are hiring one intern for January.',
    'Data Scientist Intern - What You’ll GainCareer-building experience and mentoring from industry experts.',
    "Data Scientist Intern - What You'll Need To SucceedProficiency in Python and pandas.",
    'Responsibilities include, but not limited to: Analyze traffic sensor data with SQL.',
  ].join('');
  test('a heading after a spaced dash, and a heading with its lead-in', () => {
    const structure = analyzeStructure(dashed);
    expect(structure.headings.map((h) => h.kind)).toEqual(['benefits', 'required', 'responsibilities']);
    expect(sentenceAt(structure.sentences, dashed.indexOf('pandas'))?.kind).toBe('required');
    expect(sentenceAt(structure.sentences, dashed.indexOf('mentoring'))?.kind).toBe('benefits');
    expect(sentenceAt(structure.sentences, dashed.indexOf('SQL'))?.kind).toBe('responsibilities');
  });
});

describe('headings a sentence could start with', () => {
  // Modelled on an AI lab's and a car maker's postings.
  const lab = [
    'You May Be a Good Fit If YouHave 4+ years of experience in applied ML.Have proficiency in SQL and Python.',
    'Strong Candidates May Also Have Experience WithMachine learning frameworks like scikit-learn or PyTorchLarge-scale ETL.',
    'You might also haveHands-on experience with Kafka and Flink.',
    'You HaveExperience in programming C++ or Python.We PreferExperience using TypeScript.',
  ].join('');
  test('are found glued to the text, with the kinds they name', () => {
    const structure = analyzeStructure(lab);
    expect(structure.headings.map((h) => [h.text, h.kind])).toEqual([
      ['You May Be a Good Fit If You', 'required'],
      ['Strong Candidates May Also Have', 'preferred'],
      ['You might also have', 'preferred'],
      ['You Have', 'required'],
      ['We Prefer', 'preferred'],
    ]);
    expect(sentenceAt(structure.sentences, lab.indexOf('SQL'))?.kind).toBe('required');
    expect(sentenceAt(structure.sentences, lab.indexOf('PyTorch'))?.kind).toBe('preferred');
    expect(sentenceAt(structure.sentences, lab.indexOf('Flink'))?.kind).toBe('preferred');
    expect(sentenceAt(structure.sentences, lab.indexOf('TypeScript'))?.kind).toBe('preferred');
  });
  test('a short sentence opening with "You" is no heading', () => {
    const plain = 'About the role: you will build models. You have Python and SQL. You will need AWS.';
    expect(analyzeStructure(plain).headings.map((h) => h.text)).toEqual(['About the role']);
  });
});

describe('more of the ways scraped postings write their headings', () => {
  // Modelled on a cloud provider's template: the heading, one space, and the first item's years.
  const template =
    'Key job responsibilities Large-Scale Training Pipelines: design distributed training with DeepSpeed.Basic Qualifications 3+ years of non-internship professional software development experience Experience programming with Java or Python Preferred Qualifications 2+ years of experience with PyTorch';
  test('a heading followed by a space and a number', () => {
    const structure = analyzeStructure(template);
    expect(structure.headings.map((h) => [h.text, h.kind])).toEqual([
      ['Key job responsibilities', 'responsibilities'],
      ['Basic Qualifications', 'required'],
      ['Preferred Qualifications', 'preferred'],
    ]);
    expect(sentenceAt(structure.sentences, template.indexOf('DeepSpeed'))?.kind).toBe('responsibilities');
    expect(sentenceAt(structure.sentences, template.indexOf('Java'))?.kind).toBe('required');
  });

  // Modelled on a start-up's posting that marks its headings with emoji, and a recruiter's that
  // speaks of its client.
  const marked = '🔹 What You’ll Do:Design ETL pipelines on AWS.🎯 What they’re looking for:Proficiency in Python and SQL.';
  test('a heading after an emoji, and one in the third person', () => {
    const structure = analyzeStructure(marked);
    expect(structure.headings.map((h) => h.kind)).toEqual(['responsibilities', 'required']);
    expect(sentenceAt(structure.sentences, marked.indexOf('SQL'))?.kind).toBe('required');
  });

  // Modelled on a design studio's, a public agency's and a contractor's postings.
  const joined = [
    'You will present your progress in team meetings.Qualifications &amp; CompetenciesPhD in computer science and experience with PyTorch.',
    'Knowledge, Skills and Abilities:Strong Python skills.',
    'You will debug complex systems.Preferred qualifications for this role include:Experience with Linux and PyTorch.',
    'The work is in signal processing.Machine Learning Engineer Requirements:3+ years of experience with TensorFlow.',
    // A social network's: the job's title, with its comma, leads the heading.
    'You will solve massive prediction problems.Software Engineer, Machine Learning Requirements:Experience with PyTorch.',
    'You will design networks.Required Core Qualifications Eligibility for a clearance and experience with C++.',
  ];
  test.each(joined)('a heading of joined words is found: %s', (text) => {
    const structure = analyzeStructure(text);
    const kind = text.includes('Preferred') ? 'preferred' : 'required';
    expect(structure.headings.map((h) => h.kind)).toEqual([kind]);
    const skill = /PyTorch|Python|TensorFlow|C\+\+/.exec(text)!;
    expect(sentenceAt(structure.sentences, skill.index)?.kind).toBe(kind);
  });
});

describe('headings a scrape left one space before', () => {
  // Modelled on a self-driving company's posting: every line break became one space, so each
  // heading follows the last item's lower-case word and a space, with its colon.
  const flat = [
    'DriveCo is looking for a machine learning engineer for its prediction team.',
    'What you will do:Active learning and Bayesian optimization Anomaly detection Deep networks Learning control Predictive modeling Requirements: PhD in Computer Science or a related field.',
    '3 or more years of relevant work experience in Machine Learning or Deep Learning Excellent programming skills in Python; C++ and CUDA is a plus.',
    'Knowledge of application areas such as computer vision or robotics Plus: Experience with reinforcement learning and Kubernetes Salary Range: Your base pay is one part of your total compensation package.',
  ].join(' ');
  test('opens its section', () => {
    const structure = analyzeStructure(flat);
    expect(structure.headings.map((h) => [h.text, h.kind])).toEqual([
      ['What you will do', 'responsibilities'],
      ['Requirements', 'required'],
      ['Plus', 'preferred'],
      ['Salary Range', 'benefits'],
    ]);
    const found = asks(flat);
    expect(found.get('python')).toBe('required');
    expect(found.get('computer-vision')).toBe('required');
    // Named only after "Plus:", they are the extras.
    expect(found.get('reinforcement-learning')).toBe('preferred');
    expect(found.get('kubernetes')).toBe('preferred');
  });
  test('a heading word in lower case, or with no colon, inside a sentence opens nothing', () => {
    const plain = 'You will turn customer needs into clear requirements: scope, data and metrics. You will weigh each Plus and minus of a design.';
    expect(analyzeStructure(plain).headings).toEqual([]);
  });
});

describe('"Advantageous to have" heads the extras', () => {
  // Modelled on an exchange operator's junior posting: its qualifications run on from the duties
  // with no heading a scrape kept, then the extras glued to the last requirement.
  const posting = [
    'Junior Machine Learning Engineer',
    'Job PurposeThe Document Automation team builds models that read mortgage documents.',
    'ResponsibilitiesAssist in building and refining models for document processing under the guidance of senior engineers.',
    'Track key performance indicators and report on the impact of your work.',
    "Knowledge And ExperienceBachelor's degree in Computer Science or a related field.",
    'Strong Python programming skills and familiarity with deep learning frameworks like PyTorch.',
    'Good communication and presentation skills.Advantageous to have:Knowledge of cloud platforms (e.g., AWS) and big data processing technologies (Databricks, Spark).',
    'Experience with Docker, Terraform, Jenkins.',
  ].join('');
  test('what follows it is preferred, what comes before it still asked', () => {
    const found = asks(posting, 'Junior Machine Learning Engineer');
    expect(found.get('python')).toBe('required');
    expect(found.get('pytorch')).toBe('required');
    for (const id of ['aws', 'databricks', 'spark', 'docker', 'terraform', 'jenkins']) expect(found.get(id), id).toBe('preferred');
  });
});

describe('preferences that a list is led into', () => {
  // Modelled on a scientific-ML start-up's posting: a preference leads a list in to its colon, the
  // items glued to their semicolons.
  const ledIn =
    'What You Bring To The TableExperience with deep learning for science.Ideally 1+ years of experience in a data-driven role, with exposure to:scaling ML models;distributed computing frameworks (e.g., Spark, Dask);cloud computing on AWS or GCP;container-ization and orchestration (Docker, Kubernetes).What We OfferEquity and a flat hierarchy.';
  test('the items after the colon are preferences, brackets and all', () => {
    const structure = analyzeStructure(ledIn);
    const cueAt = (s: string) => sentenceAt(structure.sentences, ledIn.indexOf(s));
    expect(cueAt('deep learning')?.cue).not.toBe('preferred');
    for (const s of ['scaling ML', 'distributed computing', 'Spark', 'AWS', 'Docker']) expect(cueAt(s)?.cue).toBe('preferred');
    expect(cueAt('Equity')?.kind).toBe('benefits');
  });
  test('a list led in without a preference stays asked', () => {
    const plain = ledIn.replace('Ideally 1+ years', 'At least 1+ years');
    const structure = analyzeStructure(plain);
    expect(sentenceAt(structure.sentences, plain.indexOf('cloud computing'))?.cue).not.toBe('preferred');
  });

  // Modelled on a software company's internship and a security company's graduate posting.
  test("'Must-have' and 'Nice-to-have' written with small letters, and a one-word heading glued to its text", () => {
    const intern =
      "What you'll get to doIntegrate ML into our products.Must-have QualificationsPursuing a degree in computer science.Nice-to-have QualificationsExposure to PyTorch and Python.";
    expect(analyzeStructure(intern).headings.map((h) => h.kind)).toEqual(['responsibilities', 'required', 'preferred']);
    const grad = 'Qualifications RequiredExperience with a source control system, preferably Git DesirableKnowledge of networking and security fundamentals';
    const structure = analyzeStructure(grad);
    expect(sentenceAt(structure.sentences, grad.indexOf('networking'))?.kind).toBe('preferred');
  });
  test("'is a strong plus' glued to the next item makes its own item a preference", () => {
    const text = 'Requirements Experience with Python.Familiarity with AI developer tools like Copilot is a strong plusWhat We BelieveOur best work is shared.';
    expect(sentenceAt(analyzeStructure(text).sentences, text.indexOf('Copilot'))?.cue).toBe('preferred');
    const clause = 'Requirements Strong Python skills, with exposure to Go and SQL being a plus';
    expect(sentenceAt(analyzeStructure(clause).sentences, clause.indexOf('Python'))?.cue).not.toBe('preferred');
  });
  test("', with exposure to Go and SQL being a plus' prefers the clause's skills, not the sentence's", () => {
    const text = 'ML Engineer\nRequirements\n- Strong Python skills, with exposure to Go and SQL being a plus\n- Experience with Docker';
    const skills = getBundledEngine().analyze({ text, source: 'test' }, []).skills;
    const importance = (id: string) => skills.find((s) => s.id === id)?.importance;
    expect([importance('python'), importance('go'), importance('sql'), importance('docker')]).toEqual(['required', 'preferred', 'preferred', 'required']);
  });
});

describe('a list whose items lost their line breaks and full stops', () => {
  // Modelled on a defence contractor's posting: one long run of items, a preference in the middle.
  const runOn =
    'Required Core Qualifications Eligibility for a TS/SCI clearance with polygraph (U.S. citizenship required for clearance). Active TS/SCI clearance strongly preferred Familiarity with current academic research in machine learning Experience with one or more programming languages: C/C++, Python Practical experience with Keras, TensorFlow or other ML frameworks Code management with Git';
  test("a requirement's opening word starts the next item, so a preference covers its own item only", () => {
    const structure = analyzeStructure(runOn);
    expect(sentenceAt(structure.sentences, runOn.indexOf('Active TS/SCI'))?.cue).toBe('preferred');
    for (const s of ['Python', 'Keras', 'Git']) expect(sentenceAt(structure.sentences, runOn.indexOf(s))?.cue).not.toBe('preferred');
  });
  test('a skill named in Title Case inside a short sentence is no item of its own', () => {
    const text = 'Preferred Qualifications Experience in Deep Learning and Strong Communication tools for remote teams';
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('Deep'))).toBe(sentenceAt(structure.sentences, text.indexOf('Experience')));
  });
});

describe('sentences around examples and stacks', () => {
  test('"e.g." and "i.e." end no sentence: the examples share their ask and its cue', () => {
    const text = 'Requirements: Knowledge of Spark and cloud data environments is a plus (e.g. AWS, Databricks). Experience with tools (i.e. Python, R and SAS).';
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('AWS'))).toBe(sentenceAt(structure.sentences, text.indexOf('Spark')));
    expect(sentenceAt(structure.sentences, text.indexOf('AWS'))?.cue).toBe('preferred');
    expect(sentenceAt(structure.sentences, text.indexOf('SAS'))).toBe(sentenceAt(structure.sentences, text.indexOf('tools')));
  });
  // Modelled on a food-tech start-up's requirements as a job board escaped and flattened them.
  test("an escaped '&amp;' ends no sentence, and a qualification glued to an acronym ('GPU/TPUFamiliarity') starts one", () => {
    const text =
      'Requirements:Strong background in software engineering, unit &amp; functional testing (Python, unittest, nose)Prior experience with training models on cloud infrastructure on GPU/TPUFamiliarity with model packaging &amp; deployment (Docker, Kubernetes)In-depth knowledge in one of the following areas preferred: Generative Models, Transformers';
    const structure = analyzeStructure(text);
    const at = (s: string) => sentenceAt(structure.sentences, text.indexOf(s));
    expect(at('functional testing')).toBe(at('unit &amp;'));
    expect(at('deployment (Docker')).toBe(at('Familiarity'));
    expect(at('Familiarity')).not.toBe(at('GPU/TPU'));
    expect(at('Kubernetes')?.cue).not.toBe('preferred');
    expect(at('Transformers')?.cue).toBe('preferred');
  });
  // Modelled on a search start-up's posting (a stack inside the requirements) and a games studio's
  // (a stack of the team's own after them).
  test('a stack named inside the requirements is asked; the team\u2019s own stack is not', () => {
    const inside = 'Requirements:Demonstrated ability to deliver project results in previous workTech stack: Python, Go, PyTorch, AWS technologies5+ years of experience working with Python';
    expect(sentenceAt(analyzeStructure(inside).sentences, inside.indexOf('PyTorch'))?.kind).toBe('required');
    const own = 'Requirements:Experience with gaming-related projects is a plusOur stack:ML technologies: GCP, BigQuery, OpenCV, PyTorch';
    expect(sentenceAt(analyzeStructure(own).sentences, own.indexOf('PyTorch'))?.kind).toBe('tools');
  });
});

// Modelled on a start-up's and a biotech's postings that ask their headings as questions.
describe('headings asked as questions', () => {
  test("'What will you do?' on its own line and run into the text heads the duties; 'Why join us?' what the job offers", () => {
    const text = 'Machine Learning Engineer\nWhat will you do?\nBuild retrieval pipelines in Python.\nQualifications\nExperience with Airflow.Why join us?We are mission-driven: we work collaboratively towards our shared vision.';
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('Python'))?.kind).toBe('responsibilities');
    expect(sentenceAt(structure.sentences, text.indexOf('collaboratively'))?.kind).toBe('benefits');
    const glued = 'Nice to meet you.What will you do?Build retrieval pipelines in Python.';
    expect(sentenceAt(analyzeStructure(glued).sentences, glued.indexOf('Python'))?.kind).toBe('responsibilities');
  });
  test('a question that only contains a heading word heads nothing', () => {
    const text = 'Requirements\nExperience with SQL.\nAre you passionate about data?\nExperience with dbt.';
    const structure = analyzeStructure(text);
    expect(structure.headings.map((h) => h.text)).toEqual(['Requirements']);
    expect(sentenceAt(structure.sentences, text.indexOf('dbt'))?.kind).toBe('required');
  });
});

// Modelled on the development set's government contractor postings (ml1000-602, ml1000-733): two
// headings joined by a slash, glued to the text before and after them.
test('two headings joined by a slash and glued on both sides head the requirements', () => {
  const posting = `Data Scientist, Level 2
Your role is pivotal in streamlining processes and creating insightful visualizations.Job Description / RequirementsEmploy some combination (2 or more) of the following skill areas:Foundations: Mathematical, Computational, Statistical Data Processing: Data management and curation, data description and visualization, workflow and reproducibility
Education and Experience
Bachelor's Degree with 10 years of relevant experience`;
  const found = asks(posting, 'Data Scientist');
  expect(found.get('data-curation')).toBe('required');
  expect(found.get('mlops-reproducibility')).toBe('required');
});

describe('"You should have:" heads the requirements', () => {
  // Modelled on a recruiter's posting for an AI start-up: the duties, then the requirements and
  // the extras, each heading glued to the last item before it.
  const posting = [
    'Machine Learning Engineer',
    'Want to build secure AI systems for industries where precision matters? You will join a small, well-funded engineering team.',
    'Your focus:Implementing and optimizing models for client needs across regulated industriesWorking with LLMs, such as API integrations, fine-tuning and prompting',
    'Collaborating with the research team to operationalize new methodsYou should have:5+ years of experience in ML or software engineering',
    'Good practical experience in PyTorch or TensorFlowSolid AWS knowledge (or comparable cloud platform expertise)Python proficiency and familiarity with ML deployment challenges',
    'Nice to have:Experience with KubernetesPrior work with MLOps tooling',
  ].join('');
  test('asks what it lists', () => {
    const found = asks(posting);
    for (const id of ['pytorch', 'tensorflow', 'aws', 'python']) expect(found.get(id), id).toBe('required');
    // "Your focus:" heads the duties: what they name is the job's.
    expect(analyzeStructure(posting).headings.map((h) => h.kind)).toEqual(['responsibilities', 'required', 'preferred']);
    expect(found.get('fine-tuning')).toBe('required');
    expect(found.get('kubernetes')).toBe('preferred');
  });
  test('the words inside a sentence open nothing', () => {
    const plain = 'To excel in this role, you should have a robust software engineering background. You should have shipped models before.';
    expect(analyzeStructure(plain).headings).toEqual([]);
  });
});

describe('"Ideally, you\'d have" heads the extras', () => {
  // Modelled on an AI start-up's posting: the minimum qualifications, then the wishes under a
  // heading glued on both sides, its adverb set off by a comma.
  const posting = [
    'Minimum QualificationsAt least 2 years of industry experience building and deploying production machine learning models.',
    'Proficiency in Python and experience with ML libraries such as TensorFlow or PyTorch.',
    "Ideally, You'd HaveExcellent skills in data processing (SQL, ETL, data warehousing) and experience with large-scale data systems.",
    'Familiarity with cloud platforms like GCP or Azure.',
  ].join('');
  // Modelled on a data-labelling company's posting: the same heading with its colon, after the role's blurb.
  const colon =
    'About This RoleThis role will lead the development of fraud detection models on our platform.Ideally you’d have: Practical experience deploying models to production.Proficiency in frameworks like PyTorch or JAX.Nice to have:Hands-on experience with LLM fine-tuning.';
  test('with its comma: what follows is preferred', () => {
    const found = asks(posting);
    expect(found.get('python')).toBe('required');
    expect(found.get('pytorch')).toBe('required');
    for (const id of ['sql', 'etl', 'google-cloud', 'azure']) expect(found.get(id), id).toBe('preferred');
  });
  test('with its colon: what follows is preferred', () => {
    const structure = analyzeStructure(colon);
    expect(structure.headings.map((h) => h.kind)).toEqual(['responsibilities', 'preferred', 'preferred']);
    expect(asks(colon).get('jax')).toBe('preferred');
  });
});

describe('"Extras" heads the extras', () => {
  // Modelled on a decentralised-AI start-up's posting: no heading kept before the requirements,
  // and the extras' heading glued to the last requirement and to its first item.
  const posting = [
    'About The RoleWe are looking for a Machine Learning Product Engineer to join our team.',
    'Scale up model inference on cutting-edge models Designing and implementing large-scale data pipelines',
    'About YouExperience as a software engineerFamiliarity with Python and ML frameworks such as PyTorch and JAX',
    'A high level of end-to-end ownershipExtrasFamiliarity with machine learning system stacks e.g. Triton, CUDA, MLIR, etc',
    'Familiarity with DataOps, MLOps, and ML orchestration pipelinesWhy join usJoin a passionate group of engineers.',
  ].join('');
  test('what follows it is preferred', () => {
    const found = asks(posting, 'Machine Learning Product Engineer');
    expect(found.get('python')).toBe('required');
    expect(found.get('pytorch')).toBe('required');
    for (const id of ['cuda', 'mlir', 'mlops']) expect(found.get(id), id).toBe('preferred');
  });
});

describe('"Useful Skills" heads the extras', () => {
  // Modelled on an AI lab's analytics posting: the essential skills, then the useful ones, each
  // a heading glued to the sentence before it and each item "Label: description".
  const posting = [
    'About YouWe are looking for an experienced data professional with 3+ years as a data scientist.',
    'Essential Skills:Advanced SQL for Analysis: High proficiency in using SQL to extract and aggregate complex datasets.',
    'Applied Statistics: Solid understanding of hypothesis testing and regression.',
    'You are comfortable working independently.Useful Skills:Data Visualization: Experience creating dashboards using tools like Tableau or Looker.',
    'Analytics Engineering: Experience implementing ELT workflows (using tools like Dagster, dbt).',
  ].join('');
  test('what follows it is preferred', () => {
    const found = asks(posting, 'Data Scientist');
    expect(found.get('sql')).toBe('required');
    for (const id of ['tableau', 'looker', 'dagster', 'dbt']) expect(found.get(id), id).toBe('preferred');
  });
});

describe('"Responsibility" heads the duties', () => {
  // Modelled on a staffing firm's posting: the must-haves' last item ends "C++ Preferred", glued to
  // the duties' heading in the singular and to its first duty.
  const posting = [
    'Job Title: Machine Learning EngineerMust-HaveExperience with scripting languages such as Python or JavaScript',
    'Experience with deep learning frameworks such as PyTorch or TensorFlowC++ PreferredResponsibilityAdapt standard machine learning methods to modern parallel environments (e.g. distributed clusters and GPU)',
    'Develop highly scalable classifiers leveraging regression analysis and rules-based modelsMinimum Qualifications6+ years of experience in software engineering',
  ].join('');
  test('the duties after it are asked, not preferred', () => {
    const structure = analyzeStructure(posting);
    expect(sentenceAt(structure.sentences, posting.indexOf('rules-based'))?.kind).toBe('responsibilities');
    const found = asks(posting);
    expect(found.get('gpu-programming')).toBe('required');
    expect(found.get('rule-based-systems')).toBe('required');
    expect(found.get('python')).toBe('required');
  });
});
