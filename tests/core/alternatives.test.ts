import { describe, expect, test } from 'vitest';
import { findAlternatives } from '../../src/core/alternatives';
import { isGenericSkill } from '../../src/core/kinds';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();
const parents = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s.parent]));
const parentOf = (id: string) => parents.get(id) ?? undefined;
const skills = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s]));
const isGeneric = (id: string) => isGenericSkill(skills.get(id));

/** Groups of one sentence as "a|b|c" (and "<parent" when it has one), the way a reader would list them. */
function groupsIn(sentence: string): string[] {
  const mentions = engine.findMentions(sentence).map((m) => ({ skillId: m.skillId, start: m.span.start, end: m.span.end }));
  return findAlternatives(sentence, mentions, parentOf, isGeneric).map((g) => g.ids.join('|') + (g.parent ? `<${g.parent}` : ''));
}

// Sentences as real postings write them (the ML postings in ../shared/data and public boards).
describe('alternatives are one requirement', () => {
  test.each([
    ['Hands-on experience running containers in production on EKS, ECS, or AKS.', ['eks|ecs|aks']],
    ['Experience with at least one major cloud provider: AWS, GCP or Azure.', ['aws|google-cloud|azure']],
    ['Strong proficiency in one of TensorFlow/PyTorch.', ['tensorflow|pytorch']],
    ['Proficiency in Python or Java', ['python|java']],
    ['Experience with Kubernetes and/or EKS is a plus', ['kubernetes|eks']],
    ['Proficient in programming with one of Scala, Java, C++', ['scala|java|cpp']],
    ['Familiarity with deep learning frameworks (e.g., PyTorch, JAX, Keras, TensorFlow)', ['pytorch|jax|keras|tensorflow<deep-learning-frameworks']],
    ['Experience deploying models on cloud platforms such as AWS or GCP.', ['aws|google-cloud<cloud-platforms']],
    ['Hands-on experience with AWS, Azure, or other cloud platforms', ['aws|azure<cloud-platforms']],
    ['Experience with Airflow or similar workflow orchestration tools', ['airflow<workflow-orchestration']],
    // The examples are of the scenarios, not of the machine learning before them: a group of their own, under no parent.
    ['Apply machine learning algorithms to improve the different business scenarios, such as search ranking and recommendation', ['search-ranking|recommender-systems']],
    // "data visualization tools" name the work (Data visualization), which BI tools alone are no kind of: one group.
    ['Familiar with data visualization tools such as Tableau, Looker and Power BI', ['tableau|looker|power-bi']],
    ['Experience with data visualization tools like Matplotlib, Seaborn, Plotly, or Power BI.', ['matplotlib|seaborn|plotly|power-bi<data-visualization']],
    ['Expert in Python/R and SQL', ['python|r']],
    ['You will use Python or R to build models and deploy them on AWS or GCP.', ['python|r', 'aws|google-cloud']],
    ['Solid coding skills in Python or Java, and strong SQL', ['python|java']],
    ['Experience with either Snowflake or BigQuery', ['snowflake|bigquery']],
    ['Experience working in cloud environments (AWS, GCP, Azure).', ['aws|google-cloud|azure']],
    ['Proficiency with one or more of the following frameworks: PyTorch, TensorFlow, JAX.', ['pytorch|tensorflow|jax']],
    ['You possess strong skills in at least one modern programming language, such as Python (preferred), Ruby, JavaScript, or Java', ['python|ruby|javascript|java<programming-languages']],
    ['Knowledgeable with Scrum development processes or similar Agile methodologies.', ['scrum<agile']],
    ['Experience with cloud platforms, such as AWS, GCP, or Azure, and containerization (Docker, Kubernetes)', ['aws|google-cloud|azure<cloud-platforms']],
    ['Experience with BI tools, including but not limited to Tableau, Looker or Power BI.', ['tableau|looker|power-bi<bi-tools']],
    // The kind a few words before the examples, another mention in between.
    ['Proficiency in Python and/or other programming languages commonly used in ML, such as R, Java, or Scala', ['python<programming-languages', 'r|java|scala<programming-languages']],
  ])('%s', (sentence, expected) => {
    expect(groupsIn(sentence)).toEqual(expected);
  });
});

describe('separate requirements stay separate', () => {
  test.each([
    ['3+ years of experience with Python and SQL'],
    ['Strong knowledge of Python, SQL, and Spark'],
    ['Tech stack: Python, PostgreSQL, Redis, Kubernetes, Terraform'],
    ['Experience with CI/CD pipelines and TCP/IP networking'],
    ['Proficiency in Python; experience with AWS or on-premise clusters'],
    ['Build ETL pipelines in Python and orchestrate them with Airflow; knowledge of Docker'],
    ['Build and maintain production-grade ML pipelines on AWS (SageMaker, S3, Lambda) and Kubernetes'],
    ['Skills: Python | SQL | AWS | Docker | Kubernetes'],
    // Specifics within a field are each asked, unlike stand-ins ("such as", "e.g.").
    ['Strong programming skills, including Python, SQL and Java.'],
    ['Fluency in several programming languages, especially Python, Scala and Go.'],
    ['Deep knowledge of cloud services, particularly AWS Lambda, S3 and DynamoDB.'],
  ])('%s', (sentence) => {
    expect(groupsIn(sentence)).toEqual([]);
  });
});
