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
const notRequired = (id: string) => (a: Analysis) => {
  const s = a.skills.find((x) => x.id === id);
  return s && s.importance !== 'mentioned' ? `${id} counted as ${s.importance}` : null;
};

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
  { name: 'a list of teams', text: POSTING('- Partner with the analytics, machine learning, and product teams'), check: notRequired('machine-learning') },
  { name: 'a list of job names', text: POSTING('- Work with Backend & Frontend Engineers every day'), check: notRequired('backend-development') },
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
    name: 'benefits are not requirements',
    text: `${POSTING('')}\n- Free Tableau and Coursera licences for learning`,
    check: notRequired('tableau'),
  },
  {
    name: 'benefits without a heading are not requirements',
    text: `Data Engineer\nRequirements\n- 3+ years of experience with Python and SQL\n- Experience with Airflow\nThere are excellent perks including 28 days annual leave, private healthcare and a pension scheme.`,
    check: notRequired('healthcare'),
  },
  {
    name: 'company blurb is not a requirement',
    text: `About us\nAcme builds Kubernetes tooling used by thousands of companies.\n${POSTING('')}`,
    check: notRequired('kubernetes'),
  },
  {
    name: "we don't require X",
    text: POSTING("- We don't require experience with Rust; you'll learn it here"),
    check: notRequired('rust'),
  },
  {
    name: 'where the candidate worked is not an ask',
    text: POSTING('- You have spent 6 months at a leading Machine Learning research lab (e.g. at: Google Brain / DeepMind, Apple, Meta, Anthropic, Nvidia)\n- Or you worked at top AI labs (e.g., OpenAI, Anthropic)'),
    check: all(notRequired('claude'), notRequired('openai-api')),
  },
  {
    name: "a degree's fields in brackets or after 'with a focus on' are not asks",
    text: POSTING("- Bachelor's degree in a highly quantitative field (computer science, physics, operations research or related)\n- PhD or equivalent, with a focus on bioinformatics, mathematics, or relevant field\n- Experience with statistics and A/B testing"),
    check: all(notRequired('mathematical-optimization'), notRequired('computational-biology'), asked('statistics')),
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
    name: 'a list of teams names no asks',
    text: POSTING('- Experience working effectively across teams, including product development, product management, customer operations, and field teams'),
    check: notRequired('product-management'),
  },
  {
    name: 'a list of services is not a list of teams',
    text: POSTING('- Experience with AWS services, including Lambda, Step Functions, ECS and SageMaker'),
    check: all(asked('aws-lambda'), asked('sagemaker')),
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
    check: all(notRequired('gpu-programming'), notRequired('aws')),
  },
  {
    name: 'a budget managed is an ask',
    text: POSTING('- Experience managing AWS budgets for a data platform'),
    check: asked('aws'),
  },
  {
    name: 'X is not required',
    text: POSTING('- Prior knowledge of Kafka is not required'),
    check: notRequired('kafka'),
  },
  {
    name: 'an escaped R&amp;D is still R&D, and W&amp;B still Weights & Biases',
    text: POSTING('- Partner with our R&amp;D group in Boston\n- Experience with MLOps tools like MLflow or W&amp;B'),
    check: all(noSkill('r'), asked('wandb')),
  },
  {
    name: 'an object verb makes no everyday phrase asked',
    text: POSTING('- Our tools let brand teams evaluate compliance across every surface\n- Train and evaluate machine learning models for search'),
    check: all(notRequired('compliance'), asked('model-evaluation')),
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
    check: notRequired('software-engineering'),
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
