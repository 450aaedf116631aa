import { describe, expect, test } from 'vitest';
import { listed } from './asked';

// Modelled on two development postings (ml1000-821, ml1000-993), in our words: the duties say
// what the engineer builds, with the verb right before an alias that opens with a verb's form.
const dutiesPosting = `Machine Learning Engineer
What You'll Do
- Collaborate with engineers, analysts, and product managers to build tools people actually want to use
- Maintain and build tools to assist our research teams in organizing database content
- You will design and build systems for distributed training of our vision models
- Deploy & Scale AI Features: build pipelines that serve real-time recommendations
- Work with a tech stack that includes Python, Spark and AWS to analyze large-scale data
Qualifications
- 3+ years of experience with Python and SQL
- Experience with Docker and Kubernetes`;

// The same aliases as nouns, asked.
const toolsPosting = `Software Engineer, ML Infrastructure
Requirements
- Experience with build tools and version control
- Familiarity with CI/CD and build systems
- Experience with data labeling tools such as Labelbox or Scale AI
- Strong Python skills`;

describe('an alias that opens with a verb is the verb where the grammar makes it one', () => {
  test('"to build tools", "maintain and build tools", "design and build systems", "Deploy & Scale AI Features" ask no such tool', () => {
    const ids = listed(dutiesPosting);
    expect(ids).not.toContain('ci-cd-tools');
    expect(ids).not.toContain('build-tools');
    expect(ids).not.toContain('scale-ai');
    // The posting's asks are all still there.
    expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'docker', 'kubernetes', 'spark', 'aws']));
  });

  test('"experience with build tools", "CI/CD and build systems" are the nouns, and asked', () => {
    expect(listed(toolsPosting)).toEqual(expect.arrayContaining(['ci-cd-tools', 'build-tools', 'scale-ai', 'python']));
  });
});

// Modelled on two development postings (ml1000-697, ml1000-747), in our words: "scale" of an
// enterprise's AI is a size; the labelling company writes its name with capitals.
const sizePosting = `Senior Machine Learning Engineer
Requirements
- 5+ years of experience with Python and PyTorch
- MLOps with enterprise scale AI model management and deployment exposure
- Experience with Docker and Kubernetes`;

describe('a brand led by an English word needs its capitals', () => {
  test('"enterprise scale AI model management" asks no Scale AI', () => {
    const ids = listed(sizePosting);
    expect(ids).not.toContain('scale-ai');
    expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch', 'mlops', 'docker', 'kubernetes']));
  });

  test('"Scale AI" and "Scale-AI" written as the company stay asked', () => {
    expect(listed(toolsPosting)).toContain('scale-ai');
    expect(listed(toolsPosting.replace('Scale AI', 'Scale-AI'))).toContain('scale-ai');
  });
});

// Modelled on development postings (ml1000-286, ml1000-767, ml1000-1), in our words: "agile" said
// of the company or the workplace is the English adjective, not the method.
const nimblePosting = `Machine Learning Engineer
About the company
This young and agile company is building AI platforms for retailers.
Requirements
- 3+ years of experience with Python and PyTorch
- You will need to be comfortable working in the most agile of environments
- Ability to learn quickly in a fast-paced, agile environment`;

const methodPosting = `Machine Learning Engineer
Requirements
- 3+ years of experience with Python and PyTorch
- Employ agile development practices in a dynamic team`;

describe('"agile" of a company or a workplace is nimble, of a team\'s way of working the method', () => {
  test('"young and agile company", "the most agile of environments", "fast-paced, agile environment" ask no Agile', () => {
    const ids = listed(nimblePosting);
    expect(ids).not.toContain('agile');
    expect(ids).toEqual(expect.arrayContaining(['python', 'pytorch']));
  });

  test('"agile development practices" asks for Agile', () => {
    expect(listed(methodPosting)).toContain('agile');
  });
});

// Modelled on a development posting (ml1000-253), in our words: the ethics of AI is Responsible
// AI, a skill of the work; a work ethic is the person's.
const ethicsPosting = `Machine Learning Engineer, Federal
Requirements
- 3+ years of experience with Python and PyTorch
- Understanding of ethics in AI, including bias mitigation, fairness and privacy
- Self-starter with a strong work ethic`;

/** Soft skills too: professional ethics is one. */
const listedWithSoft = (text: string) => listed(text, { soft: true });

test('"ethics in AI" asks for Responsible AI; "a strong work ethic" for professional ethics', () => {
  expect(listedWithSoft(ethicsPosting)).toEqual(expect.arrayContaining(['responsible-ai', 'ethics', 'python', 'pytorch']));
  expect(listedWithSoft(ethicsPosting.replace('- Self-starter with a strong work ethic', ''))).not.toContain('ethics');
});
