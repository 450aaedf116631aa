import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on a federal contractor's data analyst posting: the requirements, then a second list
// under a requirements-like heading ("As an ideal candidate, you will have") whose first item
// is "highly preferred": the extras, though no heading says "preferred".
const secondListOfExtras = `Data Analyst (Remote)
Who You Are
Bachelor's degree in a quantitative field and 3+ years of experience in data analysis.
Strong SQL and Python skills for data wrangling and exploratory analysis.
Experience building dashboards in Tableau for non-technical users.
Must be able to obtain and maintain a public trust clearance.
As an Ideal Candidate, You Will Have:
Experience with federal financial regulatory work is highly preferred.
R/SAS, Plotly, NoSQL and graph analytics, PyTorch, TensorFlow.
Experience with regression modeling.
Do you value making a measurable impact on the client's mission?`;

test('a second requirements list that opens with a preference is the extras', () => {
  const a = asks(secondListOfExtras, 'Data Analyst');
  expect(a.get('sql')).toBe('required');
  expect(a.get('tableau')).toBe('required');
  expect(a.get('pytorch')).toBe('preferred');
  expect(a.get('plotly')).toBe('preferred');
  expect(a.get('sas')).toBe('preferred');
});

// A requirements heading straight after another, and a second list that opens with an ask: still the requirements.
const secondListOfAsks = `Frontend Engineer
Responsibilities
Enhance and support our partner portal and booking widgets.
Skills And Requirements
The ideal candidate:
3+ years of frontend development experience with JavaScript, React and Bootstrap.
Experience with Ruby on Rails is a plus
Strong understanding of responsive design and web standards`;

test('a requirements list under a second requirements heading that opens with an ask stays required', () => {
  const a = asks(secondListOfAsks, 'Frontend Engineer');
  expect(a.get('react')).toBe('required');
  expect(a.get('javascript')).toBe('required');
  expect(a.get('rails')).toBe('preferred');
});

// The requirements after the duties, not right after another requirements list: a plus as their
// first item prefers that item only.
const plusFirstAfterDuties = `Machine Learning Engineer
What We Are Looking For
We are looking for an engineer who loves shipping models to production.
Responsibilities
Deploy fine-tuned models and monitor them in production.
Qualifications
Experience with optimizing models for size, cost, and latency is a plus.
Experience with large-scale data processing and distributed systems
Strong programming skills in Python and PyTorch`;

test('a requirements list after the duties whose first item is a plus stays required', () => {
  const a = asks(plusFirstAfterDuties);
  expect(a.get('python')).toBe('required');
  expect(a.get('distributed-systems')).toBe('required');
});

// Modelled on scraped postings whose line breaks were lost: the item after "(Bonus)" or
// "(Optional)" is the preference.
const bracketedPluses = `Machine Learning Engineer
Requirements
Hands-on experience with ML and deep learning libraries (Scikit Learn, Keras, TensorFlow, PyTorch)(Bonus) Experience with big data and distributed computing (Hadoop, Spark)Proficiency in Python, AWS services, and ETL pipelines
M.S. degree in a relevant field such as Statistics or Operations Research(Optional) Experience in marketing science or advertising analyticsMastery of advanced analytical techniques including Bayesian Regression and Forecasting
Experience with Docker and Kubernetes`;

test('a bracket holding only a preference opens the item after it', () => {
  const a = asks(bracketedPluses);
  expect(a.get('hadoop')).toBe('preferred');
  expect(a.get('spark')).toBe('preferred');
  expect(a.get('big-data')).toBe('preferred');
  expect(a.get('marketing-analytics')).toBe('preferred');
  // The items around them still ask.
  expect(a.get('python')).toBe('required');
  expect(a.get('keras')).toBe('required');
  expect(a.get('bayesian-statistics')).toBe('required');
  expect(a.get('docker')).toBe('required');
});

// Modelled on a defense contractor's posting: the desired skills, then notes on the job whose
// clearance line is a requirement of its own.
const notesAfterExtras = `Software Engineer, Training Systems
Basic Qualifications
- Experience with C++ and Python
- Experience with Red Hat Enterprise Linux (RHEL)
Desired Skills
- Experience with JIRA and Confluence
- Automation with Ansible
- Active DoD Secret Clearance
Other Important Information
By applying to this job, you are expressing interest in this position and could be considered for other career opportunities.
Work Schedule: Non-standard 40 hour work week as assigned by leader
Security Clearance Information: This position requires a government security clearance, you must be a US Citizen for consideration.`;

test('notes after the extras end them: their clearance line asks for the clearance', () => {
  const a = asks(notesAfterExtras, 'Software Engineer');
  expect(a.get('security-clearance')).toBe('required');
  expect(a.get('ansible')).toBe('preferred');
  expect(a.get('cpp')).toBe('required');
});

// Modelled on a game engine company's posting: a language asked in its notes, "This position
// requires…", after the extras ended.
const requiresInNotes = `Senior ML Infrastructure Engineer
What We're Looking For
- Experience in infrastructure and back-end engineering, with a track record of building robust distributed systems.
You might also have
- Hands-on experience with tools such as Vertex AI, Kafka, or Flink.
Additional Information
Relocation support is not available for this position.
This position requires the incumbent to have a sufficient knowledge of English to have professional verbal and written exchanges in this language.`;

test('"this position requires" asks, in notes too', () => {
  const a = asks(requiresInNotes);
  expect(a.get('english')).toBe('required');
  expect(a.get('kafka')).toBe('preferred');
});

// Notes after the perks change nothing: what they say of the perks is still the perks, not a duty
// ("You will use the learning budget…" would read as the work of the one hired in a section of its own).
const notesAfterPerks = `Data Engineer
What you'll do
- Build batch pipelines in Python and SQL on Spark
Requirements
- 3+ years of experience building data pipelines
Benefits
- Medical, dental and vision coverage
- $2,000 a year to learn: courses, conferences and certifications
Additional Information
You will use the learning budget for the courses you choose, from AWS certifications to Tableau workshops.`;

test('notes after the perks stay the perks: what the budget pays for is no ask', () => {
  const a = asks(notesAfterPerks, 'Data Engineer');
  expect(a.get('spark')).toBe('required');
  expect(a.has('aws-certification')).toBe(false);
  expect(a.has('tableau')).toBe(false);
});

// Modelled on staffing-firm postings that open with the ideal candidate: a strong background is
// asked; "industry experience working on a range of…" stays the wish readers call preferred.
const idealBackground = `AI/ML Software Engineer
Job Description
We are seeking a talented AI/ML Software Engineer to join our team. The ideal candidate will have a strong background in software engineering, data engineering, and cloud-based AI/ML solutions. You will build and deploy models to production.
Responsibilities
- Build data pipelines on AWS.`;

const idealWish = `Machine Learning Engineer
The ideal candidate will have industry experience working on a range of recommendation, classification, and optimization problems.
Responsibilities
- Build models for ads ranking.
Minimum Qualifications
- Experience with Python and PyTorch`;

test('"the ideal candidate will have a strong background in…" asks; a wish stays preferred', () => {
  expect(asks(idealBackground, 'AI/ML Software Engineer').get('data-engineering')).toBe('required');
  expect(asks(idealWish).get('classification')).toBe('preferred');
});

// Two requirements headings in a row with no item between ("Requirements", then "Minimum
// Qualifications"): the list under them is the first list, so a plus as its first item prefers
// that item only.
const headingAfterHeading = `Data Engineer, Payments
About the job
You will build the batch and streaming pipelines behind our payments ledger.
Requirements
Minimum Qualifications
Experience with Apache Flink is a plus.
4+ years of experience building data pipelines in Python and SQL.
Experience with Apache Airflow and dbt in production.
Benefits
Medical, dental and vision coverage.`;

test('a plus opening the first list after two requirements headings in a row prefers that item only', () => {
  const a = asks(headingAfterHeading, 'Data Engineer');
  expect(a.get('flink')).toBe('preferred');
  expect(a.get('python')).toBe('required');
  expect(a.get('airflow')).toBe('required');
  expect(a.get('dbt')).toBe('required');
});
