import type { Analysis } from '../../src/core/types';

/**
 * Sentences that fool naive extractors, each inside a realistic posting. Every trap names what
 * must not happen; the eval counts violations and tests/core/traps.test.ts keeps them at zero.
 */
export interface Trap {
  name: string;
  text: string;
  check: (a: Analysis) => string | null;
}

const POSTING = (inner: string) => `Senior Data Engineer
Requirements:
- 5+ years of experience with Python and SQL
- Experience with Airflow and Snowflake
${inner}
Benefits:
- Health, dental and vision insurance`;

const noSkill = (id: string) => (a: Analysis) => (a.skills.some((s) => s.id === id) ? `found ${id}` : null);
/** A real use of an everyday word: it must be found, as an ask. */
const asked = (id: string) => (a: Analysis) => {
  const s = a.skills.find((x) => x.id === id);
  return !s ? `missed ${id}` : s.importance === 'mentioned' ? `${id} only mentioned` : null;
};
/** Found at most as a mention: neither required nor preferred. */
const notAsked = (id: string) => (a: Analysis) => {
  const s = a.skills.find((x) => x.id === id);
  return s && s.importance !== 'mentioned' ? `${id} counted as ${s.importance}` : null;
};
const preferred = (id: string) => (a: Analysis) => {
  const s = a.skills.find((x) => x.id === id);
  return s?.importance === 'preferred' ? null : `${id} ${s ? `counted as ${s.importance}` : 'missed'}`;
};
/** Asked as a must, neither preferred nor only mentioned. */
const required = (id: string) => (a: Analysis) => {
  const s = a.skills.find((x) => x.id === id);
  return s?.importance === 'required' ? null : `${id} ${s ? `counted as ${s.importance}` : 'missed'}`;
};

/** The ids the gap lists missing (required or preferred) for a user with no skills. */
const listedIds = (a: Analysis) => new Set([...a.gap.missingRequired, ...a.gap.missingPreferred].map((s) => s.id));
/** Listed in the gap as missing: asked for itself, not only as the name of its examples' group. */
const listed = (id: string) => (a: Analysis) => (listedIds(a).has(id) ? null : `${id} not listed`);
const notListed = (id: string) => (a: Analysis) => (listedIds(a).has(id) ? `${id} listed` : null);

/** Every check must pass: the first problem found, if any. */
const all =
  (...checks: Array<(a: Analysis) => string | null>) =>
  (a: Analysis): string | null => {
    for (const check of checks) {
      const problem = check(a);
      if (problem) return problem;
    }
    return null;
  };

export const TRAPS: Trap[] = [
  { name: 'go-to person', text: POSTING('- You will be the go-to person for data questions'), check: noSkill('go') },
  { name: 'Go at sentence start', text: POSTING('- Go beyond the brief and own outcomes'), check: noSkill('go') },
  { name: 'rest of the team', text: POSTING('- Share knowledge with the rest of the team'), check: noSkill('rest-api') },
  { name: 'excel at', text: POSTING('- You excel at explaining complex topics'), check: noSkill('excel') },
  { name: 'Excel at sentence start', text: POSTING('- Excel at stakeholder communication'), check: noSkill('excel') },
  { name: 'spark curiosity', text: POSTING('- You spark curiosity and spark ideas in others'), check: noSkill('spark') },
  { name: 'swift delivery', text: POSTING('- Swift delivery of reliable datasets'), check: noSkill('swift') },
  { name: 'head chef', text: POSTING('- Our office chef cooks lunch on Fridays'), check: noSkill('chef') },
  { name: 'make an impact', text: POSTING('- Make an impact from day one'), check: noSkill('make') },
  { name: 'R&D', text: POSTING('- Partner with our R&D group in Boston'), check: noSkill('r') },
  { name: 'C-suite', text: POSTING('- Present findings to the C-suite'), check: noSkill('c') },
  { name: 'Amazon Go', text: POSTING('- Build the checkout models behind Amazon Go stores'), check: noSkill('go') },
  { name: "the impact you'll make", text: POSTING("- See the impact you'll make on millions of riders"), check: noSkill('make') },
  { name: 'the rest of the team, lower case', text: POSTING('- Mentor junior engineers and the rest of the team'), check: noSkill('rest-api') },
  // Real uses written in an everyday word's other case: inside a list of skills they count.
  { name: 'spark in a lower-case list', text: POSTING('- Experience with big data tools: hive, spark, flink'), check: asked('spark') },
  { name: 'go/ in a list of languages', text: POSTING('- Fluent in at least one of python/java/go/c++'), check: asked('go') },
  { name: 'a single letter asked for', text: POSTING('- Experience with R preferred'), check: asked('r') },
  { name: 'an acronym glued to the next item', text: POSTING('- Demonstrable expertise in MATLABProficient knowledge of Spark'), check: asked('matlab') },
  { name: 'Rest/GraphQL', text: POSTING('- Design Rest/GraphQL APIs for our partners'), check: asked('rest-api') },
  { name: 'a preference glued to the next item', text: POSTING('- Experience with Kafka is preferredExperience with Looker'), check: preferred('kafka') },
  { name: 'a list of teams', text: POSTING('- Partner with the analytics, machine learning, and product teams'), check: notAsked('machine-learning') },
  { name: 'a list of job names', text: POSTING('- Work with Backend & Frontend Engineers every day'), check: notAsked('backend-development') },
  { name: 'puppet show', text: POSTING('- No puppet masters: you own your roadmap'), check: noSkill('puppet') },
  // "CV" is computer vision in ML postings and the résumé in how to apply (SkillSpan's European postings).
  { name: 'send your CV', text: POSTING('- To apply, send your CV in English with Python samples'), check: noSkill('computer-vision') },
  // A determiner makes an everyday word a noun of English only where grammar follows, not a noun it names the kind of.
  { name: 'a Go service', text: POSTING('- Experience writing a Go service and deploying it on Kubernetes'), check: asked('go') },
  { name: 'a Spark cluster', text: POSTING('- Familiarity with Python, SQL, and a Spark cluster'), check: asked('spark') },
  { name: 'services in Go', text: POSTING('- 3+ years of experience building services in Go'), check: asked('go') },
  { name: 'code written in Rust', text: POSTING('- You have shipped production code written in Rust'), check: asked('rust') },
  { name: 'an R package', text: POSTING('- You have published an R package or a Go module used by others'), check: asked('r') },
  { name: 'a CV including', text: POSTING('- Your application must contain a CV including research activities and SQL projects'), check: noSkill('computer-vision') },
  { name: 'CV in a list of fields', text: POSTING('- Experience in one or more of the following areas: NLP, CV, recommendation'), check: asked('computer-vision') },
  { name: 'lightning-fast', text: POSTING('- Ship lightning-fast dashboards with Python'), check: noSkill('pytorch-lightning') },
  { name: 'hack week', text: POSTING('- Hack week twice a year with Python and SQL prizes'), check: noSkill('hack') },
  {
    name: 'company age is not experience',
    text: `For more than 50 years, Acme has served farmers across the Midwest.\n${POSTING('')}`.replace('5+ years', '3+ years'),
    check: (a) => (a.minYears !== 3 ? `minYears ${a.minYears}` : null),
  },
  {
    name: 'headcount is not experience',
    text: `Acme employs 120 engineers and was founded 12 years ago.\n${POSTING('')}`.replace('5+ years', '4+ years'),
    check: (a) => (a.minYears !== 4 ? `minYears ${a.minYears}` : null),
  },
  {
    name: "an initial glued to the next item ends its sentence ('…Python and R.Experience with NLP is a plus')",
    text: POSTING('- Proficiency in programming languages like Python and R.Experience with natural language processing (NLP) or chatbots is a plus'),
    check: all(required('r'), preferred('nlp')),
  },
  {
    name: "a degree glued to the last item starts its own sentence ('…processing pipelinesMS/PhD in Computer Science preferred')",
    text: POSTING('- Experience with production ML systems and scalable data processing pipelinesMS/PhD in Computer Science, Machine Learning, or related field preferred'),
    check: required('data-pipelines'),
  },
  {
    name: "'What Makes You Stand Out:' heads the extras, run into the text or on its own line",
    text: POSTING('- Experience with Kubernetes in production What Makes You Stand Out:• Experience with MLOps and model monitoring• Open source contributions to Terraform modules'),
    check: all(required('kubernetes'), preferred('mlops'), preferred('terraform')),
  },
  {
    name: "'…will make you stand out:' leads in extras; a product that makes the company stand out asks as before",
    text: POSTING('- Kafka is what makes our platform stand out, and you will run it daily\n- Experience in any of the following will make you stand out:Managing workloads on Kubernetes clustersContributing to Terraform modules'),
    check: all(required('kafka'), preferred('kubernetes'), preferred('terraform')),
  },
  {
    name: "what the candidate may 'possibly' have is a preference ('…ML operations, and possibly experience in Kafka or Terraform'), the asks before it stay required",
    text: POSTING('- Expertise in areas such as Kubernetes, ML operations, and possibly experience in Kafka or Terraform.'),
    check: all(required('kubernetes'), preferred('kafka'), preferred('terraform')),
  },
  {
    name: "the years a preference asks for itself stay preferred ('…, preferably 3+ years of experience with Kafka and Terraform')",
    text: POSTING('- Experience with production ML systems, preferably 3+ years of experience with Kafka and Terraform'),
    check: all(preferred('kafka'), preferred('terraform')),
  },
  {
    name: "'MLOps' named with its tools is asked beside them, no plural naming a kind ('Hands-on experience with MLOps, such as MLflow'); 'APIs such as REST' stays a kind",
    text: POSTING('- Hands-on experience with MLOps, such as MLflow or SageMaker\n- Experience designing APIs such as REST or GraphQL'),
    check: all(listed('mlops'), required('mlops'), notListed('apis')),
  },
  {
    name: "a count of years after 'preferably' opens the next requirement ('…preferably in an enterprise setting (fewer years accepted) 1 year of Kafka experience')",
    text: POSTING('- 2 years of experience deploying ML solutions, preferably with Terraform in a large enterprise (fewer years may be accepted with a PhD) 1 year of Kafka experience'),
    check: all(preferred('terraform'), required('kafka')),
  },
  {
    name: "years glued to a name start the next item ('…Kafka is a plus, especially on AWS2+ years with Scala')",
    text: POSTING('- Experience with Kafka is a plus, especially on AWS2+ years of hands-on experience with Scala'),
    check: all(preferred('kafka'), required('scala')),
  },
  {
    name: "what an interest alone meets is a preference ('Experienced in or desire to master one of: Electron, Redux'), an interest beside an ask is not",
    text: POSTING('- Comfortable in TypeScript and type-curiousExperienced in or desire to master one or more of: Electron, Redux\n- Experience with Docker and an interest in learning Rust'),
    check: all(required('typescript'), preferred('electron'), preferred('redux'), required('docker')),
  },
  {
    name: "'AI/ML' names the machine learning field, as 'ML/AI' does, not a second chip of AI",
    text: POSTING('- 3+ years of experience in AI/ML engineering, shipping models to production'),
    check: all(asked('machine-learning'), notAsked('artificial-intelligence')),
  },
  {
    name: "'Reinforcement Learning with Human Feedback (RLHF)' is RLHF alone, not reinforcement learning besides",
    text: POSTING('- Adapt LLMs to new domains through continued pre-training, fine-tuning, and Reinforcement Learning with Human Feedback (RLHF)'),
    check: all(asked('rlhf'), notAsked('reinforcement-learning')),
  },
  {
    name: "'Bonus for applicants who have…' prefers what follows",
    text: POSTING('- Bonus for applicants who have XP in generative AI and video inference'),
    check: preferred('generative-ai'),
  },
  {
    name: "an acronym that ended an item does not carry the next one ('…on GPU/TPUFamiliarity with Kubernetes…In-depth knowledge… preferred')",
    text: POSTING('- Prior experience with training models on cloud infrastructure on GPU/TPUFamiliarity with model packaging and deployment (Docker, Kubernetes)In-depth knowledge in one of the following areas preferred: Generative Models, Transformers, bandit algorithms'),
    check: all(required('kubernetes'), preferred('transformers')),
  },
  {
    name: "'preferably' inside brackets prefers only what they hold ('coding (preferably in Python), basic backend systems, and databases')",
    text: POSTING('- Software Engineering Skills: Experience with coding (preferably in Python or similar languages), basic backend systems, and databases'),
    check: all(required('databases'), required('backend-development')),
  },
  {
    name: 'benefits are not requirements',
    text: `${POSTING('')}\n- Free Tableau and Coursera licences for learning`,
    check: notAsked('tableau'),
  },
  {
    name: 'benefits without a heading are not requirements',
    text: `Data Engineer\nRequirements\n- 3+ years of experience with Python and SQL\n- Experience with Airflow\nThere are excellent perks including 28 days annual leave, private healthcare and a pension scheme.`,
    check: notAsked('healthcare'),
  },
  {
    name: 'company blurb is not a requirement',
    text: `About us\nAcme builds Kubernetes tooling used by thousands of companies.\n${POSTING('')}`,
    check: notAsked('kubernetes'),
  },
  {
    name: "'Why You'll Like Working for X' run into the blurb is the employer's",
    text: `${POSTING('- Ability to work in a fast-paced environment.Why You’ll Like Working for DigitalOceanWe innovate with purpose. We simplify cloud and AI so builders can ship software.')}`,
    check: all(notAsked('cloud-computing'), notAsked('artificial-intelligence'), asked('airflow')),
  },
  {
    name: "a word glued to a closing bracket is no list item ('…Scikit-learn)Solid understanding')",
    text: POSTING('- Experience in ML frameworks (e.g., TensorFlow, PyTorch, Scikit-learn)Solid understanding of algorithms and data structures\n- Follow SOLID principles, design patterns and clean code'),
    check: all(asked('tensorflow'), asked('scikit-learn'), asked('algorithms'), asked('data-structures')),
  },
  {
    name: 'what a workplace fosters is no ask; a workplace the candidate fosters is',
    text: POSTING('- Do you thrive in a work environment that emphasizes and fosters collaboration, creativity, and intellectual curiosity?\n- Foster a collaborative and high-performing work environment that values knowledge sharing'),
    check: all(notAsked('creativity'), asked('mentoring')),
  },
  {
    name: "'Learn more about…', 'Our goal is…' and a privacy-practices notice ask nothing",
    text: POSTING('- Learn more about the collaborative work environment of the Platform Team here.\n- Our goal is to develop powerful reporting tools for our readers.\n- For information about our privacy practices for job applicants click here.'),
    check: all(notAsked('collaboration'), notAsked('bi-tools'), notAsked('data-privacy')),
  },
  {
    name: "a degree word glued to the heading before it starts a degree line ('RequirementsEducationDegree must be in …', 'PELOTONM.S. in …')",
    text: POSTING('RequirementsEducationDegree must be in Mathematics, Statistics, Data Science, or Computer Science is required.\n- Experience with Python and Spark\nYOU BRING TO PELOTONM.S. in highly quantitative fields including Operational Research, Statistics, Mathematics, etc.'),
    check: all(notAsked('data-science'), notAsked('statistics'), notAsked('research'), required('python'), required('spark')),
  },
  {
    name: "'model development' is the whole job, no skill; it still leads a list of stages ('ML model development, deployment, and evaluation')",
    text: POSTING('- 5+ years of ML model development experience\n- Experience with ML model development, deployment, and evaluation on AWS'),
    check: all(notAsked('model-training'), asked('model-deployment'), asked('model-evaluation'), asked('aws')),
  },
  {
    name: "'deploying state-of-the-art models' asks for no research",
    text: POSTING('- Training and deploying state-of-the-art models for parsing unstructured data with PyTorch'),
    check: all(notAsked('ml-research'), asked('pytorch')),
  },
  {
    name: "'track sprint progress in Jira', 'keep track of data quality trends' are the work's own progress and figures: Jira and data quality stay asked",
    text: POSTING('- Follow Agile development practices and track sprint progress in Jira\n- Monitor pipelines and keep track of data quality trends and anomalies'),
    check: all(required('jira'), required('data-quality')),
  },
  {
    name: "'reduce technical debt' is a duty's outcome, no Code quality",
    text: POSTING('- Drive large efforts across multiple teams to reduce technical debt\n- You write production services in Python'),
    check: all(notAsked('code-quality'), asked('python')),
  },
  {
    name: "telemetry is data from devices ('vehicle telemetry data'), no observability; 'Open Telemetry' is OpenTelemetry",
    text: POSTING('- Build models to process high-dimensional vehicle telemetry data with Python\n- Familiarity with data architectures such as Pendo, Salesforce and Open Telemetry'),
    check: all(notAsked('observability'), asked('opentelemetry'), asked('python')),
  },
  {
    name: "'About Stefanini GroupThe Stefanini Group is…' (a name of several words glued to its blurb) is the employer's",
    text: POSTING('- Experience with Jenkins and GCP.About Stefanini GroupThe Stefanini Group is a global provider of IT digital consulting and systems integration services.'),
    check: all(notAsked('systems-integration'), asked('jenkins')),
  },
  {
    name: "'Splunk, a Cisco company, is building…' names the employer, no ask of Splunk",
    text: `Splunk, a Cisco company, is building a safer and more resilient digital world.\n${POSTING('- Integrate ML solutions into Splunk products and services with Python')}`,
    check: all(notAsked('splunk'), asked('python')),
  },
  {
    name: "'experience with Datadog or Splunk, a Cisco company, is required' still asks Splunk",
    text: POSTING('- Experience with Datadog or Splunk, a Cisco company, is required'),
    check: all(asked('splunk'), asked('datadog')),
  },
  {
    name: "'About ValenceOur coaching platform…' (an about-heading glued to its blurb) is the employer's",
    text: POSTING('- Experience with dbt and Looker.About ValenceOur coaching platform brings generative AI to the leaders of large enterprises.'),
    check: all(notAsked('generative-ai'), asked('dbt')),
  },
  {
    name: "a preference glued to the next item ('…is a strong plusBroad knowledge…') still prefers, and only its own item",
    text: POSTING('- Demonstrated Python and/or R skills. Spark or PySpark experience is a strong plusBroad and general statistical knowledge with Tableau'),
    check: all(preferred('pyspark'), required('tableau')),
  },
  {
    name: "items whose line breaks became one or two spaces: 'a plus' covers only its own ('…or SQL a plus Proficiency with Excel', '…EC2  Experience with RDS…')",
    text: POSTING('- Comfort using Python or R on large datasets Experience with text analysis and language models a plus Familiarity with DAX and/or Snowflake a plus Proficiency with Microsoft Excel\n- Knowledge of AWS S3 & EC2  Experience with Amazon RDS, EMR and CloudTrail a plus  Hands-on familiarity with Delta Lake'),
    check: all(preferred('dax'), preferred('aws-rds'), required('python'), required('excel'), required('delta-lake')),
  },
  {
    name: "'(knowledge of Java and Spring/Hibernate a huge plus)' prefers what the brackets name",
    text: POSTING('- Practical experience developing ML models using Python (knowledge of Java and Spring/Hibernate a huge plus)'),
    check: all(preferred('java'), preferred('hibernate')),
  },
  {
    name: "a preference heading glued to an acronym ('…GCP, AWS, AZUREPreferred Qualifications:') starts the preferences",
    text: 'ML Engineer\nRequirements:\n- Experience in cloud platform technologies in either of GCP, AWS, AZUREPreferred Qualifications: Knowledge of computer vision and/or signal processing. Familiarity with Neo4j.',
    check: all(preferred('neo4j'), preferred('signal-processing')),
  },
  {
    name: "narrow no-break spaces after a full stop end the sentence ('…preferred for a Bachelor's).\u202f\u202f Expertise in SAS is required')",
    text: 'Analyst\nQualifications\u202f\u202f A Bachelor’s degree (PhD preferred; work experience preferred for Bachelor’s) in economics or statistics.\u202f\u202f Expertise in statistical programming software such as SAS or R is required.\u202f\u202f Advanced SQL skills preferred.',
    check: all(preferred('sql'), required('sas')),
  },
  {
    name: "'…predictive analyticsPrevious experience in finance is a plus': the glued item's preference is its own",
    text: POSTING('- Background in time-series forecasting or anomaly detectionPrevious experience with Looker is a plus'),
    check: all(preferred('looker'), required('anomaly-detection')),
  },
  {
    name: "a subheading glued to the last item ('…model improvementRPA:Familiarity with Playwright is a strong plus') takes the preference with it; 'JS/React knowledge helpful' prefers",
    text: POSTING('- Training Architecture:Experience designing human-in-the-loop systems and data labeling workflows for model improvementRPA:Familiarity with browser automation tools (Playwright, Selenium) is a strong plusEngineering Foundation:Python expertise; JS/React/Node knowledge helpfulStartup Mindset:Fast-moving and adaptable'),
    check: all(preferred('playwright'), preferred('react'), required('data-labeling')),
  },
  {
    name: "'analytical techniques/dashboards/results' describe the work; 'strong analytical and problem-solving skills' asks",
    text: POSTING('- Apply complex analytical techniques to derive actionable insights and communicate key analytical results to stakeholders'),
    check: notAsked('analytical-skills'),
  },
  {
    name: "'an analytical, data-driven mindset' and 'detail-oriented and analytical' ask for the soft skill",
    text: POSTING('- An analytical and data driven mindset\n- Strong analytical, problem-solving, and communication skills'),
    check: (a) => (a.skills.some((s) => s.id === 'analytical-skills' && s.importance !== 'mentioned') ? null : 'missed analytical-skills'),
  },
  {
    name: "a fair-chance notice's 'job duties' ('communicate effectively and respectfully with employees, supervisors, and staff') ask nothing",
    text: `${POSTING('')}\nLos Angeles County applicants: Job duties for this position include: work safely and cooperatively with other employees, supervisors, and staff; adhere to standards of excellence despite stressful conditions; communicate effectively and respectfully with employees, supervisors, and staff to ensure exceptional customer service; and follow all federal, state, and local laws and Company policies.`,
    check: all(notAsked('communication'), asked('python')),
  },
  {
    name: "a degree's fields end where the next item is glued on ('…or machine learningExperience with Databricks'); 'Nice-to-have additional skillsAn…' is a heading",
    text: POSTING('- Experience with dbt\nNice-to-have additional skillsAn advanced degree in computer science or machine learningExperience in time series forecastingExperience with Databricks, Spark, and Looker'),
    check: all(preferred('databricks'), preferred('looker'), preferred('time-series-analysis')),
  },
  {
    name: "colleagues named by their roles ('collaborate with data scientists, software developers, and business analysts') are no asks; 'experience as a data engineer' is",
    text: POSTING('- Collaborate with ML scientists, software engineers, data engineers and business analysts to ship models'),
    check: all(notAsked('data-engineering'), notAsked('business-analysis')),
  },
  {
    name: "a role's name in the singular still asks: 'experience as a data engineer'",
    text: POSTING('- 3+ years of experience as a data engineer'),
    check: asked('data-engineering'),
  },
  {
    name: "a clearance run into the employer's notice by one space ('…for this role Independent Software is an Equal Opportunity Employer') is asked; the notice is not",
    text: POSTING('- Clearance Required: Must possess an active TS/SCI with Full Scope Polygraph security clearance to be considered for this role Independent Software is an Equal Opportunity Employer and supports Kubernetes meetups'),
    check: all(required('security-clearance'), notAsked('kubernetes')),
  },
  {
    name: "'A key advantage would be…' prefers",
    text: POSTING('- A key advantage would be the ability to optimize models for deployment on edge devices with TensorRT'),
    check: preferred('tensorrt'),
  },
  {
    name: "'Our research spans…' is the company's",
    text: POSTING('- Our research spans many areas of machine learning, including reinforcement learning, computer vision and operations research.'),
    check: all(notAsked('reinforcement-learning'), notAsked('computer-vision'), asked('snowflake')),
  },
  {
    name: "we don't require X",
    text: POSTING("- We don't require experience with Rust; you'll learn it here"),
    check: notAsked('rust'),
  },
  {
    name: 'where the candidate worked is not an ask',
    text: POSTING('- You have spent 6 months at a leading Machine Learning research lab (e.g. at: Google Brain / DeepMind, Apple, Meta, Anthropic, Nvidia)\n- Or you worked at top AI labs (e.g., OpenAI, Anthropic)'),
    check: all(notAsked('claude'), notAsked('openai-api')),
  },
  {
    name: "a degree's fields in brackets or after 'with a focus on' are not asks",
    text: POSTING("- Bachelor's degree in a highly quantitative field (computer science, physics, operations research or related)\n- PhD or equivalent, with a focus on bioinformatics, mathematics, or relevant field\n- Experience with statistics and A/B testing"),
    check: all(notAsked('mathematical-optimization'), notAsked('computational-biology'), asked('statistics')),
  },
  {
    name: "'will be crucial' and 'important skills include' ask, before any heading",
    text: `Data Scientist\nYour Python expertise and experience in data visualization using Jupyter Notebooks will be crucial. Important skills include feature engineering and testing metrics.\nRequirements:\n- 3+ years with SQL\nAbout us\nClear data is crucial to our mission.`,
    check: all(asked('jupyter'), asked('feature-engineering'), asked('sql')),
  },
  {
    name: "'is an added advantage' is a preference",
    text: POSTING('- Good understanding of data visualization tools and dashboard creation is an added advantage'),
    check: preferred('data-visualization'),
  },
  {
    name: 'hashtags are not asks',
    text: POSTING('- Experience in the security domain is a huge plus. #LLM #NLP #MachineLearning'),
    check: all(notAsked('llms'), notAsked('nlp')),
  },
  {
    name: 'published at a conference is an ask',
    text: POSTING('- You have published at NeurIPS, ICML or ICLR'),
    check: asked('scientific-publishing'),
  },
  {
    name: 'good at a tool is an ask',
    text: POSTING('- Good at Tableau and proficient at Excel'),
    check: all(asked('tableau'), asked('excel')),
  },
  {
    name: "'to build tools', 'design and build systems': the verb, not build tooling",
    text: POSTING('- Collaborate with analysts and product managers to build tools people actually want to use\n- You will design and build systems for distributed training of our models'),
    check: all(notAsked('ci-cd-tools'), notAsked('build-tools')),
  },
  {
    name: 'build tools and build systems as nouns stay asks',
    text: POSTING('- Experience with build tools and version control\n- Familiarity with CI/CD and build systems'),
    check: all(asked('ci-cd-tools'), asked('build-tools')),
  },
  {
    name: "'a young and agile company', 'the most agile of environments': nimble, not Agile",
    text: POSTING('- This young and agile company is building AI platforms for retailers\n- You will need to be comfortable working in the most agile of environments'),
    check: notAsked('agile'),
  },
  {
    name: 'agile development practices and Scrum and agile stay Agile',
    text: POSTING('- Employ agile development practices in a dynamic team\n- Experience with Scrum and agile'),
    check: asked('agile'),
  },
  {
    name: "'MS (PhD preferred) in Econometrics, Computational Biology': fields of study",
    text: POSTING('- MS (PhD preferred) in Statistics, Applied Mathematics, Econometrics, Computational Biology or related field'),
    check: all(notAsked('causal-inference'), notAsked('computational-biology')),
  },
  {
    name: 'econometrics asked as a skill beside a degree aside stays asked',
    text: POSTING('- BS (or MS) in Computer Science or a related field\n- Experience with econometrics and computational biology'),
    check: all(asked('causal-inference'), asked('computational-biology')),
  },
  {
    name: "a capitalised team as the subject ('Applied Machine Learning Research at Acme improves…') is the blurb",
    text: POSTING('- Applied Machine Learning Research at Acme improves many parts of our business, including personalization algorithms and content generation'),
    check: notAsked('recommender-systems'),
  },
  {
    name: 'a capitalised team looking for someone still asks',
    text: POSTING('- The ML Platform Team is looking for an engineer with experience in personalization algorithms'),
    check: asked('recommender-systems'),
  },
  {
    name: "'Deploy & Scale AI Features': the verb, not the labelling company",
    text: POSTING('- Deploy & Scale AI Features: build infrastructure and pipelines for real-time recommendations'),
    check: notAsked('scale-ai'),
  },
  {
    name: 'Scale AI named among labelling tools stays asked',
    text: POSTING('- Experience with data labeling tools such as Labelbox or Scale AI'),
    check: asked('scale-ai'),
  },
  {
    name: "a field before a plan's noun ('data management culture', 'data science prototypes', 'BI initiatives') names the plan",
    text: POSTING('- Contribute to our machine learning and data management culture\n- Transform data science prototypes into production solutions\n- Drive BI initiatives across the company'),
    check: all(notAsked('data-management'), notAsked('data-science'), notAsked('business-intelligence')),
  },
  {
    name: "'a robust GitHub portfolio', '(arXiv, GitHub, etc.)': where work is shown, not the tool",
    text: POSTING('- Open-source contributions or a robust GitHub portfolio\n- Publications viewable through open source channels (arXiv, GitHub, etc.)'),
    check: notAsked('github'),
  },
  {
    name: 'GitHub as a tool stays asked',
    text: POSTING('- Experience in Git/GitHub and branching methodologies, code review tools, CI tools'),
    check: asked('github'),
  },
  {
    name: "'ethics in AI' is Responsible AI, not a person's professional ethics",
    text: POSTING('- Understanding of ethics in AI, including bias mitigation and fairness'),
    check: all(notAsked('ethics'), asked('responsible-ai')),
  },
  {
    name: 'a strong work ethic stays professional ethics',
    text: POSTING('- Self-starter with a strong work ethic and a passion for problem-solving'),
    check: asked('ethics'),
  },
  {
    name: 'the same fields asked as skills stay asked',
    text: POSTING('- Experience with data management, data science and business intelligence tools'),
    check: all(asked('data-management'), asked('data-science')),
  },
  {
    name: "'enterprise scale AI' is a size, not the labelling company Scale AI",
    text: POSTING('- Exposure to MLOps with enterprise scale AI model management and deployment'),
    check: all(noSkill('scale-ai'), asked('mlops')),
  },
  {
    name: 'Scale AI written as the company stays asked',
    text: POSTING('- Experience with data labelling platforms such as Scale AI or Labelbox'),
    check: all(asked('scale-ai'), asked('labelbox')),
  },
  {
    name: "'Argo Workflow' in an orchestration list is Argo's workflow engine, not Argo CD",
    text: POSTING('- Experience using ML orchestration frameworks such as Kubeflow, Metaflow, Dagster, Argo Workflow or Prefect'),
    check: all(noSkill('argocd'), asked('argo-workflows')),
  },
  {
    name: "the employer's own cloud, named in its culture line ('Here at AWS, it’s…'), is not an ask",
    text: POSTING('- Model Optimization on AWS Silicon: optimize models for deployment on our custom accelerators with PyTorch\nInclusive Team Culture\nHere at AWS, it’s in our nature to learn and be curious.'),
    check: all(notAsked('aws'), asked('pytorch')),
  },
  {
    name: "'computer science fundamentals: data structures, algorithms' asks the topics, not the fundamentals",
    text: POSTING('- Strong computer science fundamentals: data structures, algorithms, distributed systems, and information retrieval.'),
    check: all(notListed('cs-fundamentals'), listed('data-structures'), listed('algorithms')),
  },
  {
    name: "'work with large amounts of structured and unstructured data' in the duties names the job's material, not an ask",
    text: `Machine Learning Engineer, Document Intelligence
What You'll Do
- Work with large amounts of structured and unstructured data from contracts, invoices and scanned forms.
- Design and develop ETL pipelines for structured and unstructured data and deploy models with Docker.
What You'll Bring
- 3+ years of experience with Python and PyTorch
- Experience with NLP and information extraction
Benefits
- Health, dental and vision insurance`,
    check: all(notAsked('unstructured-data'), asked('nlp'), asked('etl')),
  },
  {
    name: "'experience with unstructured data' in the qualifications stays asked, a duty beside it or not",
    text: `Machine Learning Engineer, Document Intelligence
What You'll Do
- Work with large amounts of structured and unstructured data from contracts and invoices.
What You'll Bring
- 3+ years of experience with Python and PyTorch
- Strong experience working with unstructured data, including text and scanned documents
Benefits
- Health, dental and vision insurance`,
    check: all(asked('unstructured-data'), asked('pytorch')),
  },
  {
    name: "a plural-only name in the singular after a determiner or a company's name is that one thing ('a step function impact', 'an agile team', 'Cerebras AI platform')",
    text: `Machine Learning Engineer
About Us
At Cerebras we build the fastest AI hardware, and we believe adding machine learning could have a step function impact for our customers. You will deliver software components for Cerebras AI platform.
Responsibilities
- Serve as a seasoned member of an agile team to design and deliver trusted products
- Teach a live, virtual Machine Learning course for our customers
Requirements
- 3+ years of experience with Python and PyTorch
Benefits
- Health, dental and vision insurance`,
    check: all(noSkill('step-functions'), notAsked('agile'), noSkill('virtualization'), notAsked('ml-platforms'), asked('pytorch')),
  },
  {
    name: "'build deep learning models and frameworks for research teams' makes the frameworks, it asks for no deep learning framework beside the models",
    text: `Machine Learning Engineer, Research Platform
What You'll Do
- Build deep learning models and frameworks for our internal research teams
- Design machine learning models and systems to rank search results
What We're Looking For
- 3+ years of experience with Python and PyTorch
- Experience with distributed training on GPUs
Benefits
- Health, dental and vision insurance`,
    check: all(noSkill('deep-learning-frameworks'), noSkill('ml-frameworks'), asked('deep-learning'), asked('pytorch')),
  },
  {
    name: "'serve ML features from the online store' and 'evaluate AI features competitors launch' work on inputs and others' products, no serving or evaluating of models",
    text: `Machine Learning Engineer, Feature Platform
What You'll Do
- Compute and serve ML features to our ranking models from the online store
- Evaluate new AI features that competitors launch and share what we learn
What We're Looking For
- 3+ years of experience with Python and Spark
- Experience with feature stores such as Feast
Benefits
- Health, dental and vision insurance`,
    check: all(noSkill('model-serving'), noSkill('model-evaluation'), asked('feature-stores'), asked('spark')),
  },
  {
    name: "'cloud platforms (AWS, GCP, Azure)' and 'BI tools such as Tableau' name their products' kind, not cloud computing or BI asked beside them",
    text: `Data Scientist, Marketing Analytics
What You'll Do
- Build forecasting models for campaign spend
What We're Looking For
- 3+ years of experience with Python and SQL
- Familiarity with cloud platforms (AWS, GCP, Azure)
- Experience with BI tools such as Tableau or Looker
Benefits
- Health, dental and vision insurance`,
    check: all(notAsked('cloud-computing'), notAsked('business-intelligence'), asked('tableau'), asked('aws')),
  },
  {
    name: "a Data Scientist posting's 'keep up with the latest trends in data science' follows its field, not an ask of it; the BI tools kept up with neither",
    text: `Data Scientist, Growth
You might be a fit if you:
- Enjoy solving loosely defined problems and aren't afraid to suggest new approaches
- Keep up with the latest trends in data science and are eager to apply them
- Have a solid foundation in statistical modeling and machine learning
- Write clean Python and SQL
What you'll do
- Stay up to date with the latest advancements in analytics engineering and BI tools to keep our reporting current
Benefits
- Health, dental and vision insurance`,
    check: all(notAsked('data-science'), notAsked('bi-tools'), asked('statistical-modeling'), asked('machine-learning'), asked('python')),
  },
  {
    name: "'Following SoTA progress in relevant fields' keeps up with the news of research, it asks none",
    text: `Machine Learning Engineer, Recommendation
Responsibilities
- Conducting development on recommendation and search ranking models
- Following SoTA progress in relevant fields and turning the ideas into production
Qualifications
- 3+ years of experience with Python and PyTorch
- Experience training and serving large-scale recommendation models
Benefits
- Health, dental and vision insurance`,
    check: all(notAsked('ml-research'), asked('pytorch')),
  },
  {
    name: "'a degree with a major in Computer Science, Statistics' names a field of study, not an ask",
    text: POSTING('- Bachelor’s Degree with a major in Computer Science, Engineering, Statistics, Mathematics, or a similar discipline is highly preferred'),
    check: all(notAsked('statistics'), asked('python')),
  },
  {
    name: "'financial forecasting' is the finance team's forecast (Financial modeling), not a time-series method",
    text: `Data Scientist, Growth Analytics
Requirements
- 3+ years of experience with Python and SQL
- Experience with data visualization tools (Tableau, Power BI, Matplotlib, Seaborn)
- Familiarity with business intelligence, marketing analytics, or financial forecasting is a plus.
Benefits
- Health, dental and vision insurance`,
    check: all(noSkill('time-series-analysis'), preferred('financial-modeling')),
  },
  {
    name: "'large-scale data mining' is data mining at scale, not big data beside it",
    text: POSTING('- Experience in one of the following fields: recommendation systems, information retrieval, machine learning, large-scale data mining, or related fields'),
    check: all(noSkill('big-data'), asked('data-mining')),
  },
  {
    name: "a scrape's space after a word's hyphen ('semi- supervised learning') asks no supervised learning",
    text: POSTING('- Apply LLMs, active learning, semi- supervised learning, weak label generation, and data augmentation to support chatbots'),
    check: all(notListed('supervised-learning'), listed('semi-supervised-learning')),
  },
  {
    name: "'our Business Intelligence IT team' names a team, not an ask",
    text: POSTING('- As a key member of our Business Intelligence IT team, you will build ETL pipelines in Python'),
    check: all(notAsked('business-intelligence'), asked('etl')),
  },
  {
    name: "'the Mission Systems (MS) Training and Logistics (TLS)': a unit's initials in brackets ask no TLS",
    text: `Software Engineer
Basic Qualifications
- Bachelor's degree and 2 or more years of experience with C++ or Java
This position is located in Orlando, FL at the Mission Systems (MS) Training and Logistics (TLS), Keeping up-to-date on emerging technologies will be encouraged.
The Work
- Develop software for flight simulators
Benefits
- Medical, dental and vision coverage`,
    check: all(notAsked('cryptography'), asked('cpp')),
  },
  {
    name: "'generative AI for personalized communications' names messages sent, not communication skills",
    text: POSTING('- Apply generative AI for personalized communications, causal modeling, and reinforcement learning to optimize customer engagement'),
    check: all(notAsked('communication'), asked('generative-ai')),
  },
  {
    name: "a long 'Examples of our team's work include … video generation (…)' blurb names products, not asks",
    text: `Machine Learning Engineer Intern
ResponsibilitiesThe Ads Creative team's mission is to help advertisers make engaging ads. Examples of our team's work include the Studio video editor, AI-powered smart video generation (we are also exploring AIGC avatars and voice cloning), and the Creative Exchange (a marketplace that connects advertisers with creators or third-party agencies around the world).
Minimum Qualifications
- Solid programming skills in C++ or Python
- Experience with PyTorch or TensorFlow`,
    check: all(notAsked('diffusion-models'), asked('pytorch')),
  },
  {
    name: "'fairness, ethics, and broader societal considerations' names AI ethics, not professional ethics",
    text: POSTING('- A strong track record in responsible technology, spanning fairness, ethics, and broader societal considerations'),
    check: all(notAsked('ethics'), asked('python')),
  },
  {
    name: "'the Collaboration AI team' names a team, not an ask",
    text: POSTING('- As a Senior Machine Learning Engineer on the Collaboration AI team, you will build NLP solutions'),
    check: all(notAsked('collaboration'), asked('nlp')),
  },
  {
    name: "'the Document Cloud AI & Innovation team' names a team, its skills a few words before the noun",
    text: POSTING('- Join the Document Cloud AI &amp; Innovation team and build NLP models for PDF workflows'),
    check: all(notAsked('cloud-computing'), asked('nlp')),
  },
  {
    name: 'a name before an acronym that opens no team stays asked',
    text: POSTING('- Experience with Tableau BI dashboards and Business Intelligence reporting'),
    check: all(asked('tableau'), asked('business-intelligence')),
  },
  {
    name: 'a list of teams names no asks',
    text: POSTING('- Experience working effectively across teams, including product development, product management, customer operations, and field teams'),
    check: notAsked('product-management'),
  },
  {
    name: 'a list of services is not a list of teams',
    text: POSTING('- Experience with AWS services, including Lambda, Step Functions, ECS and SageMaker'),
    check: all(asked('aws-lambda'), asked('sagemaker')),
  },
  {
    name: "'CI/CD for ML' is CI/CD; continuous training stays its own",
    text: POSTING('- Hands-on experience with MLOps, CI/CD for machine learning, and containerization tools (Docker, Kubernetes)\n- Experience building continuous training pipelines'),
    check: all(asked('ci-cd'), asked('ml-ci-cd'), asked('mlops')),
  },
  {
    name: 'a hyphenated first word shares the head: relational and non-relational databases',
    text: POSTING('- Familiarity with relational and non-relational databases\n- Design unsupervised & self-supervised learning models'),
    check: all(asked('relational-databases'), asked('nosql-databases'), asked('unsupervised-learning'), asked('self-supervised-learning')),
  },
  {
    name: 'a hyphenated compound alone shares nothing',
    text: POSTING('- Build real-time dashboards and non-relational stores for our analysts'),
    check: all(noSkill('relational-databases'), noSkill('real-time-inference')),
  },
  {
    name: "'LLM model tuning' is fine-tuning; hyperparameter search stays",
    text: POSTING('- Sound knowledge of LLM model tuning\n- Experience with hyperparameter search and parameter tuning'),
    check: all(asked('fine-tuning'), asked('hyperparameter-tuning')),
  },
  {
    name: 'a glued "Expert" or "Contributions" opens the next item',
    text: POSTING('- Expert level coding expertise in Python and SQLExpert level knowledge of MLOps concepts\n- Understanding of MLOps principles and tools like MLflow or KubeflowContributions to open-source AI/ML projects'),
    check: all(required('sql'), asked('kubeflow')),
  },
  {
    name: 'models taken "into production" are deployed; shipping features is no deployment',
    text: POSTING('- Track record of shipping ML solutions to production\n- Take ownership of the models and ship features weekly'),
    check: asked('model-deployment'),
  },
  {
    name: 'shipping and taking things with no production after them deploy nothing',
    text: POSTING('- Take ownership of the ranking models and ship features weekly\n- Bring models of good engineering practice to the team'),
    check: noSkill('model-deployment'),
  },
  {
    name: 'an adverb may stand before a work verb',
    text: POSTING('- Experience successfully deploying scalable recommendation models'),
    check: asked('model-deployment'),
  },
  {
    name: "'model development and deployment' shares its lead; before a noun it names a team",
    text: POSTING('- Experience with LLM model development and deployment.'),
    check: asked('model-deployment'),
  },
  {
    name: "'the model development and deployment teams' are colleagues",
    text: POSTING('- Partner with the model development and deployment teams'),
    check: noSkill('model-deployment'),
  },
  {
    name: 'search and recommendation listed among fields are asked; everyday ones are not',
    text: POSTING('- Experience in one or more of: NLP, search, recommendation, computer vision'),
    check: all(asked('information-retrieval'), asked('recommender-systems')),
  },
  {
    name: 'recommendations made and searches done are no fields',
    text: POSTING('- Provide actionable recommendations to the business and search for new opportunities\n- Keep up with web development and make recommendations for adopting new tools'),
    check: all(noSkill('information-retrieval'), notAsked('recommender-systems'), noSkill('make')),
  },
  {
    name: 'the employer as subject speaks of its own work; what it looks for still asks',
    text: POSTING('- We work closely with backend, devops and data engineers on focused teams.\n- We have several open positions within the personalization, search, and recommendations space.'),
    check: all(notAsked('devops'), notAsked('backend-development'), notAsked('information-retrieval')),
  },
  {
    name: 'the employer looking for a skill still asks for it',
    text: POSTING('- We are looking for someone with experience in DevOps and backend development.'),
    check: all(asked('devops'), asked('backend-development')),
  },
  {
    name: 'an item that names no skill does not end a list of skills',
    text: POSTING('- 2+ years of experience in the full software development life cycle, including coding standards, code reviews, version control, build processes, and testing.'),
    check: asked('software-testing'),
  },
  {
    name: 'source control management is version control, build processes are build systems, and the list goes on over them to testing',
    text: POSTING('- 3+ years of full software development life cycle, including coding standards, code reviews, source control management, build processes, testing, and operations experience'),
    check: all(asked('version-control'), asked('build-tools'), asked('software-testing')),
  },
  {
    name: 'after source control management, testing that goes on into a noun is still no item',
    text: POSTING('- You will spend time on source control management, feature engineering, developing models, and testing metrics.'),
    check: all(asked('version-control'), notAsked('software-testing')),
  },
  {
    name: 'design or architecture of systems is system design',
    text: POSTING('- 2+ years of non-internship design or architecture (design patterns, reliability and scaling) of new and existing systems experience'),
    check: all(required('system-design'), required('design-patterns')),
  },
  {
    name: 'the design or architecture teams in the blurb ask for nothing',
    text: `Senior Data Engineer\nAbout us\nOur design or architecture teams review every launch.\nRequirements:\n- 5+ years of experience with Python and SQL\nBenefits:\n- Health insurance`,
    check: notAsked('system-design'),
  },
  {
    name: 'a practice named with its principles and its tools is asked beside them',
    text: POSTING('- Understanding of MLOps principles and tools like MLflow or Kubeflow\n- Exposure to model optimization techniques (e.g., quantization, pruning)'),
    check: all(listed('mlops'), listed('mlflow'), listed('model-optimization'), listed('quantization')),
  },
  {
    name: 'a kind named only with its tools or platforms is their group, not an ask of its own',
    text: POSTING('- Familiarity with MLOps tools like MLflow or Kubeflow\n- Experience with cloud platforms (AWS, GCP)'),
    check: all(notListed('mlops'), notListed('cloud-platforms'), listed('mlflow'), listed('aws')),
  },
  {
    name: 'GPT named beside BERT is the model family',
    text: POSTING('- Strong expertise in NLP, particularly with transformer-based models (BERT, GPT, etc.)'),
    check: all(asked('gpt'), asked('bert')),
  },
  {
    name: 'Auto-GPT is an agent and GPT-4 the OpenAI API, neither the GPT family',
    text: POSTING('- Experience designing AI agents (e.g., Auto-GPT, BabyAGI, CrewAI)\n- Experience with GPT-4 and Claude'),
    check: all(noSkill('gpt'), asked('openai-api')),
  },
  {
    name: 'to build processes is a verb and its object',
    text: POSTING('- You will build processes and tools for data quality'),
    check: noSkill('build-tools'),
  },
  {
    name: 'content understanding among the applications asked is asked, and vouches for search beside it',
    text: POSTING('- Experience developing machine learning models for ranking, recommendations, search, content understanding, image generation, or other relevant applications of machine learning'),
    check: all(asked('content-understanding'), asked('recommender-systems'), asked('information-retrieval')),
  },
  {
    name: 'a content understanding team or direction asks for nothing',
    text: `Machine Learning Engineer\nAbout the team\nAs a content understanding team on the business side, we work on short videos.\nResponsibilities:\n- Participate in the improvement of the search core algorithm, possible directions include: Content understanding/matching: applying NLP to queries\nRequirements:\n- 3+ years of Python`,
    check: notAsked('content-understanding'),
  },
  {
    name: 'the one the employer looks for, with expertise in skills, is asked for them before any heading',
    text: `Machine Learning Engineer\nWe are looking for a highly skilled Machine Learning Engineer with deep expertise in Generative AI models, PyTorch, and cloud-based infrastructure.\nRequirements:\n- 5+ years of Python`,
    check: all(required('pytorch'), required('generative-ai')),
  },
  {
    name: 'the one the employer looks for to do the job asks for nothing before the headings',
    text: `Machine Learning Engineer\nWe are looking for an experienced ML engineer to develop, optimize and deploy scalable ML solutions on Kubernetes that power content intelligence.\nRequirements:\n- 5+ years of Python`,
    check: notAsked('kubernetes'),
  },
  {
    name: 'over such an item, a name that goes on into a noun is no item of the list',
    text: POSTING('- You will spend time on data wrangling, feature engineering, developing models, and testing metrics.'),
    check: notAsked('software-testing'),
  },
  {
    name: 'a role noun written apart still names the job',
    text: POSTING('- You will work beside our Scala Expert and the Rust Developer on call'),
    check: all(notAsked('scala'), notAsked('rust')),
  },
  {
    name: 'an everyday name listed after another kept as a name is one too',
    text: POSTING('- Familiarity with large-scale data systems (e.g., Spark, Hive) and experience building production-ready systems\n- Go beyond the brief, and spark curiosity in the hive of our office'),
    check: all(asked('hive'), asked('spark'), noSkill('go')),
  },
  {
    name: "EMR in a list of AWS tools is Amazon's; a medical record is not",
    text: POSTING('- Experience designing AWS data pipelines using Lambda, SQS, SNS, Athena, Glue, EMR, S3\n- Experience with EMR data and clinical workflows'),
    check: asked('emr'),
  },
  {
    name: 'EMR data is a medical record',
    text: POSTING('- Experience with EMR data and clinical workflows\n- Build models on clinical notes from the EMR'),
    check: noSkill('emr'),
  },
  {
    name: "SOA in an insurer's posting is the Society of Actuaries, not a service-oriented architecture",
    text: POSTING('- Progress toward ASA or FSA credentials (SOA exams) preferred\n- Fellow or Associate of the Society of Actuaries (SOA) is a plus'),
    check: noSkill('service-oriented-architecture'),
  },
  {
    name: "a run-in 'You'll thrive here if you:' heads the requirements; the team's stack asks nothing",
    text: `About Us\nAcme is the customer intelligence platform for modern B2B companies.We'd love to meet you.You’ll thrive here if you:Have 3+ years of experience in data science or machine learning.Have strong knowledge of relational databases like Postgres and MySQL.Our current tech stack:We choose tools that help solve the problem at hand. We prefer to primarily use TypeScript with Node.js.`,
    check: all(required('postgresql'), required('mysql'), notAsked('typescript'), notAsked('nodejs')),
  },
  {
    name: "'we prefer candidates with' still prefers",
    text: POSTING('- We prefer candidates with experience in Rust'),
    check: preferred('rust'),
  },
  {
    name: "Etsy's run-in 'Qualities that will help you thrive in this role are:' heads the requirements",
    text: `Company DescriptionEtsy is the global marketplace for unique and creative goods, built with Kafka.Qualities that will help you thrive in this role are:You are proficient in databases, SQL, and scripting languages.`,
    check: all(required('sql'), required('scripting-languages'), notAsked('kafka')),
  },
  {
    name: "'experience a plus' is a preference",
    text: POSTING('- Related NLP or computer vision experience a plus'),
    check: all(preferred('nlp'), preferred('computer-vision')),
  },
  {
    name: "'or tools' is not OR-Tools",
    text: POSTING('- Experience building and shipping software frameworks or tools\n- Experience with IT Security and IT service management'),
    check: all(noSkill('or-tools'), asked('cybersecurity'), asked('itil')),
  },
  {
    name: "a run-in heading with '&' ends the team's blurb",
    text: `Software Engineer, Data Clean Room\nOur TeamThe Ads Measurement squad builds systems that let advertisers measure campaigns.We are looking for engineers excited to join us.Skills & Experience We’re SeekingStrong understanding of GDPR and data governance.Proficiency in SQL and Python for analyzing large datasets.`,
    check: all(asked('python'), asked('gdpr')),
  },
  {
    name: 'a budget given is not an ask',
    text: POSTING('- A generous GPU budget and AWS credits for your experiments'),
    check: all(notAsked('gpu-programming'), notAsked('aws')),
  },
  {
    name: 'a budget managed is an ask',
    text: POSTING('- Experience managing AWS budgets for a data platform'),
    check: asked('aws'),
  },
  {
    name: 'X is not required',
    text: POSTING('- Prior knowledge of Kafka is not required'),
    check: notAsked('kafka'),
  },
  { name: 'AI systems built', text: POSTING('- Help build and maintain scalable AI systems'), check: notAsked('artificial-intelligence') },
  { name: 'experience with AI systems', text: POSTING('- Proficient knowledge of and experience with AI systems'), check: asked('artificial-intelligence') },
  { name: 'customer-facing products', text: POSTING('- Ship customer-facing products used by millions'), check: notAsked('stakeholder-management') },
  { name: 'customer-facing experience', text: POSTING('- Customer-facing or project-based experience is a plus'), check: preferred('stakeholder-management') },
  { name: 'data insights delivered', text: POSTING('- Deliver actionable data insights that enable informed product decisions'), check: notAsked('data-analysis') },
  { name: 'data insights asked', text: POSTING('- Experience with data insights and reporting'), check: asked('data-analysis') },
  {
    name: "a skill's compound: deep learning algorithms",
    text: POSTING('- Experience with deep learning algorithms such as convolutional neural networks'),
    check: all(asked('deep-learning'), notAsked('algorithms')),
  },
  {
    name: 'a kind of tool named after a field asks for the field too, a kind named after no field only for its products',
    text: POSTING('- Experience with deep learning frameworks such as PyTorch or TensorFlow\n- Experience with MLOps platforms such as MLflow or Kubeflow\n- Experience with BI tools such as Tableau or Looker'),
    check: all(asked('deep-learning'), asked('pytorch'), asked('mlops'), asked('mlflow'), notAsked('business-intelligence'), asked('tableau')),
  },
  {
    name: "a healthcare posting's EMR is its medical record, not Amazon EMR",
    text: POSTING('- Experience working with EMR data and electronic medical records from Epic'),
    check: all(noSkill('emr'), asked('healthcare')),
  },
  {
    name: 'Amazon EMR is asked where named as such',
    text: POSTING('- Experience running Spark jobs on AWS EMR'),
    check: all(asked('emr'), asked('spark')),
  },
  {
    name: 'rules based models are asked beside the machine learning they go with',
    text: POSTING('- Develop highly scalable classifiers and tools leveraging machine learning, data regression, and rules based models\n- Must be able to obtain and maintain a public trust clearance'),
    check: all(asked('rule-based-systems'), asked('security-clearance')),
  },
  { name: 'machine learning models and algorithms', text: POSTING('- Design, develop, and optimize machine learning models and algorithms for search'), check: notAsked('algorithms') },
  { name: 'algorithms in a list of skills', text: POSTING('- Strong understanding of data structures, algorithms, and software architecture'), check: asked('algorithms') },
  { name: 'advancements in machine learning and AI', text: POSTING('- Stay current with the latest advancements in machine learning and AI'), check: notAsked('artificial-intelligence') },
  { name: 'experience in machine learning and AI', text: POSTING('- 3+ years of experience in machine learning and AI'), check: asked('artificial-intelligence') },
  {
    name: 'a field whose news is kept up with is no ask, broad or a named discipline',
    text: POSTING('- Stay ahead of emerging trends within artificial intelligence and deep learning'),
    check: all(notAsked('artificial-intelligence'), notAsked('deep-learning')),
  },
  { name: 'the latest advancements known, not followed, are asked', text: POSTING('- Strong knowledge of the latest advancements in AI, NLP and LLMs'), check: asked('artificial-intelligence') },
  {
    name: "the domains of the product's use cases are no asks",
    text: POSTING("- Develop the ML platform that drives our product's key ML use cases in the cybersecurity and observability domains"),
    check: all(notAsked('cybersecurity'), notAsked('observability')),
  },
  { name: 'experience in a domain asks for it', text: POSTING('- Experience in the cybersecurity domain'), check: asked('cybersecurity') },
  {
    name: "a list's last item glued to the legal notice after it is still asked; the notice is not",
    text: POSTING(
      '- Tools & Frameworks: Tableau, Looker, Power BI or similarAcme Analytics, a machine learning company, is an equal opportunity employer, and all qualified applicants will receive consideration without regard to race',
    ),
    check: all(asked('tableau'), asked('power-bi'), notAsked('machine-learning')),
  },
  { name: 'deploying ML solutions is deploying models', text: POSTING('- Design and deploy scalable ML solutions on AWS'), check: asked('model-deployment') },
  { name: 'deploying web applications is not deploying models', text: POSTING('- Deploy our web applications and data services to Kubernetes'), check: all(noSkill('model-deployment'), asked('kubernetes')) },
  {
    name: 'the intersection the work is at is no ask; knowledge of an intersection is',
    text: POSTING('- Work at the intersection of data science and software engineering to turn research into tools\n- Knowledge of the intersection of NLP and information retrieval'),
    check: all(notAsked('data-science'), notAsked('software-engineering'), asked('nlp')),
  },
  {
    name: "the team's mission is the team speaking of itself; whom it looks for is the ask",
    text: POSTING("- Our team's mission is to drive revenue growth through advanced machine learning and data science\n- Our team is looking for someone with Kafka experience"),
    check: all(notAsked('data-science'), asked('kafka')),
  },
  {
    name: 'the frontier the team works at is no ask; a grasp of a frontier, or the work at the forefront, is',
    text: POSTING('- We work at the frontier of AI and software engineering\n- Strong grasp of the feasibility frontier of CS, NLP, and LLMs\n- You will be at the forefront of developing secure data sharing middleware'),
    check: all(notAsked('software-engineering'), asked('llms'), asked('middleware')),
  },
  { name: 'domain knowledge is no business acumen', text: POSTING('- Fraud domain knowledge'), check: noSkill('business-acumen') },
  {
    name: 'programming skills, particularly in Python',
    text: POSTING('- Strong machine learning and programming skills, particularly in Python'),
    check: all(asked('python'), notAsked('software-engineering')),
  },
  {
    name: 'programming in generic languages, or "including but not limited to" them, asks for the languages',
    text: POSTING('- Strong programming skills in generic programming languages such as Python or Golang\n- Excellent programming ability, including but not limited to: C++ and Rust'),
    check: all(asked('go'), asked('rust'), notAsked('software-engineering')),
  },
  {
    name: 'programming listed among other skills is asked beside the languages',
    text: POSTING('- Excellent programming, debugging, and optimization skills in one or more general-purpose programming languages, including Go and Python'),
    check: all(asked('go'), asked('software-engineering')),
  },
  {
    name: 'programming in one of the following',
    text: POSTING('- Strong programming skills in one of the following, Python or Java'),
    check: all(asked('python'), notAsked('software-engineering')),
  },
  { name: 'programming experience asked alone', text: POSTING('- 1 year of SQL and programming experience'), check: asked('software-engineering') },
  {
    name: 'design and build systems is work',
    text: POSTING('- You will design and build systems for scalable, distributed training of machine learning models'),
    check: all(notAsked('build-tools'), notAsked('ui-ux-design')),
  },
  { name: 'build systems in a list of skills', text: POSTING('- Some familiarity with model monitoring, git, build systems, and CI/CD'), check: asked('build-tools') },
  { name: 'one or more programming languages', text: POSTING('- Proficiency in one or more programming languages'), check: notAsked('programming-languages') },
  { name: 'any major deep learning framework', text: POSTING('- Strong experience with any major deep learning framework'), check: asked('deep-learning-frameworks') },
  { name: 'research and development of a product', text: POSTING('- Drive research and development of generative techniques in our simulator'), check: notAsked('research') },
  { name: 'research experience', text: POSTING('- Coursework or research experience in machine learning'), check: asked('research') },
  { name: 'AI-driven automation', text: POSTING('- Develop models that power predictive analytics and AI-driven automation'), check: notAsked('artificial-intelligence') },
  { name: 'a product\'s capabilities', text: POSTING('- Enhance the end-to-end simulation capabilities of our driving stack'), check: notAsked('simulation') },
  { name: 'simulation experience', text: POSTING('- Strong simulation skills for autonomous driving'), check: asked('simulation') },
  { name: 'a culture of continuous learning', text: POSTING('- Foster a culture of innovation, continuous learning, and best practices'), check: notAsked('adaptability') },
  { name: 'continuous learning asked', text: POSTING('- A commitment to continuous learning and new tools'), check: asked('adaptability') },
  // The employer's own text (issue 8): its name learnt from the blurb, its sentences about itself,
  // its team's, its stack; each with what must still be asked.
  {
    name: "a heading naming the employer run into its blurb: the employer's name is no ask",
    text: `${POSTING('- This policy applies to every stage of your Salesforce employment journey')}\nAbout SalesforceSalesforce is the Customer Company, inspiring the future of business with AI and CRM.`,
    check: all(notAsked('salesforce'), notAsked('crm'), asked('python')),
  },
  {
    name: "the employer as its blurb's subject after a lead-in clause",
    text: `Machine Learning Engineer\nXPENG is a leading smart technology company. With a strong focus on mobility, XPENG is integrating robotics and computer vision into its vehicles.\nWhat you will do\n- Build LLM training pipelines in Python and Airflow`,
    check: all(notAsked('robotics'), notAsked('computer-vision'), asked('airflow')),
  },
  {
    name: "what the employer offers and leverages is its blurb; a duty naming its platform still asks",
    text: `Machine Learning Engineer\nLenders rely on Lendwise's comprehensive suite of solutions spanning underwriting and fraud detection.\nWe are leveraging machine learning and data science-based products to take lending to the next level.\nWhat you will do\n- Build anomaly detection models that power Lendwise's lending platform\n- Build models in Python\nLendwise is an equal opportunity employer.`,
    check: all(notAsked('fraud-detection'), notAsked('data-science'), asked('anomaly-detection'), asked('python')),
  },
  {
    name: "a skill's name inside the employer's names the employer",
    text: `Gecko Robotics is helping the world's most important organizations keep infrastructure safe.\n${POSTING('- Ship perception models for Gecko Robotics inspections')}\nGecko Robotics is an equal opportunity employer.`,
    check: all(notAsked('robotics'), asked('python')),
  },
  {
    name: "a skill the employer's name holds is still asked where the posting asks it",
    text: `Gecko Robotics is helping the world's most important organizations keep infrastructure safe.\n${POSTING('- 3+ years of experience in robotics')}\nGecko Robotics is an equal opportunity employer.`,
    check: asked('robotics'),
  },
  {
    name: 'a tool as the subject of a requirement is no employer',
    text: POSTING('- Databricks is the platform we run on: 2+ years of experience with Databricks'),
    check: asked('databricks'),
  },
  {
    name: 'a tech stack names tools, even without a requirements heading',
    text: `Machine Learning Engineer\nWhat you will do\n- Build document models in PyTorch\nOur Tech Stack Includes\nServerless computing with AWS Lambdas and DynamoDB for storage`,
    check: all(notAsked('aws-lambda'), notAsked('dynamodb'), asked('pytorch')),
  },
  {
    name: 'a tech stack may still ask',
    text: `Machine Learning Engineer\nWhat you will do\n- Build document models in PyTorch\nOur Tech Stack\nAWS Lambda and DynamoDB; experience with DynamoDB is a plus`,
    check: preferred('dynamodb'),
  },
  {
    name: 'a team describing its work',
    text: POSTING('- Our work facilitates diverse applications such as simulations and gaming experiences\n- Our team is looking for someone with Kafka experience'),
    check: all(notAsked('simulation'), notAsked('game-development'), asked('kafka')),
  },
  {
    name: "links to the team's articles are no asks",
    text: POSTING('- For more details about our work, see these links: Reinforcement Learning-based Data Pipeline Optimization\n- Familiarity with reinforcement learning (see our papers)'),
    check: all(asked('reinforcement-learning'), notAsked('data-pipelines')),
  },
  {
    name: "what the company is building with is its blurb; what the candidate builds with is asked",
    text: POSTING("- Utilizing cutting-edge NLP, CV and multi-modal technology, we're shaping a pioneering search engine\n- We are building models and you will need computer vision experience"),
    check: all(asked('computer-vision'), notAsked('multimodal-ai'), notAsked('nlp')),
  },
  {
    name: 'an escaped R&amp;D is still R&D, and W&amp;B still Weights & Biases',
    text: POSTING('- Partner with our R&amp;D group in Boston\n- Experience with MLOps tools like MLflow or W&amp;B'),
    check: all(noSkill('r'), asked('wandb')),
  },
  {
    name: 'an object verb makes no everyday phrase asked',
    text: POSTING('- Our tools let brand teams evaluate compliance across every surface\n- Train and evaluate machine learning models for search'),
    check: all(notAsked('compliance'), asked('model-evaluation')),
  },
  {
    name: 'one word after a lead shares it when it goes into a place, not before "in" or "to"',
    text: POSTING('- Experience with model deployment and serving into production environments\n- Experience in data analysis and modeling in Python to identify trends'),
    check: all(asked('model-serving'), noSkill('data-modeling')),
  },
  {
    name: 'ranking is search and ranking only where asked',
    text: POSTING('- Help us keep our ranking among the best places to work\n- Experience in one or more of the following areas: NLP, Ranking, Ads, search engine'),
    check: all(asked('search-ranking'), (a) => (a.skills.find((s) => s.id === 'search-ranking')?.mentions.some((m) => m.text === 'ranking') ? 'search-ranking from "our ranking"' : null)),
  },
  {
    name: 'clean data is a thing, cleaning data is work',
    text: POSTING('- You will work with high-quality, clean data from our fleet\n- Keep our data clean and documented'),
    check: noSkill('data-preprocessing'),
  },
  {
    name: 'curating and cleaning training datasets is work',
    text: POSTING('- Experience creating, curating, and cleaning training datasets'),
    check: all(asked('data-curation'), asked('data-preprocessing')),
  },
  {
    name: 'data visualization tools are the work of visualising, not BI tools',
    text: POSTING('- Proficiency in data visualization tools'),
    check: all(asked('data-visualization'), noSkill('bi-tools')),
  },
  {
    name: 'the nouns of work before "of" and the models',
    text: POSTING('- Assist in the development, testing, and optimization of machine learning models\n- Build infrastructure that supports the training and deployment of machine learning models'),
    check: all(noSkill('optimization'), noSkill('software-testing'), asked('model-training'), asked('model-deployment')),
  },
  {
    name: 'serving as a lead is not model serving',
    text: POSTING('- Serve as the technical lead for our forecasting models\n- Experience building and serving machine learning models'),
    check: all(asked('model-serving'), (a) => (a.skills.find((s) => s.id === 'model-serving')?.mentions.some((m) => m.text === 'Serve') ? 'model-serving from "Serve as"' : null)),
  },
  {
    name: 'optimization of queries is not operations research',
    text: POSTING('- Apply query optimization techniques to slow reports'),
    check: noSkill('optimization'),
  },
  {
    name: 'optimization techniques beside statistics are operations research',
    text: POSTING('- Knowledge of machine learning, statistical modeling, and optimization techniques'),
    check: asked('optimization'),
  },
  {
    name: 'an everyday lead shares its words with a list of stages, not with one word',
    text: POSTING('- Configure GPU environments for model training and inference\n- Build infrastructure for model training, evaluation, and deployment'),
    check: all(asked('model-evaluation'), asked('model-deployment'), noSkill('real-time-inference')),
  },
  {
    name: 'coding skills in the benefits are no ask',
    text: 'Data Engineer\nRequirements:\n- 3+ years of experience with Python\nBenefits:\n- A learning budget to sharpen your coding skills',
    check: notAsked('software-engineering'),
  },
];

export function runTraps(analyze: (text: string) => Analysis): Array<{ name: string; problem: string }> {
  const out: Array<{ name: string; problem: string }> = [];
  for (const t of TRAPS) {
    const problem = t.check(analyze(t.text));
    if (problem) out.push({ name: t.name, problem });
  }
  return out;
}
