/** The closed lists of the data's vocabulary, validated by src/core/schema.ts (build and tests). */

/** Skill categories: what kind of thing a skill is, used for grouping in the UI and for eval. */
export const SKILL_CATEGORIES = [
  'language', // programming and query languages
  'ml-framework', // deep learning / ML frameworks (PyTorch, TensorFlow)
  'ml-library', // ML and scientific libraries (scikit-learn, pandas, XGBoost)
  'llm-genai', // LLM and generative AI tooling (LangChain, vLLM, RAG)
  'ml-concept', // ML/AI methods and fields (NLP, computer vision, reinforcement learning)
  'statistics', // statistics and mathematics (A/B testing, Bayesian inference)
  'data-engineering', // pipelines, orchestration, streaming, processing (Spark, Airflow, Kafka, dbt)
  'database', // SQL/NoSQL/vector databases, warehouses
  'cloud', // cloud platforms and their services
  'mlops', // model serving, tracking, feature stores
  'devops', // containers, IaC, CI/CD tooling, observability
  'bi-analytics', // BI and analytics tools (Tableau, Power BI, Excel, Looker)
  'web', // web and backend frameworks, frontend libraries, APIs
  'mobile',
  'security',
  'systems', // operating systems, networking, embedded, hardware
  'robotics',
  'tool', // developer tools (Git, Jira, Jupyter, LaTeX)
  'method', // practices (agile, CI/CD, TDD, code review)
  'domain', // industries and business domains (healthcare, financial services)
  'soft-skill',
  'group', // umbrella entries that other skills name as parent (deep learning frameworks)
] as const;


export const DEGREES = ['bachelor', 'master', 'phd'] as const;

export const SENIORITIES = [
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'manager',
  'director',
] as const;
