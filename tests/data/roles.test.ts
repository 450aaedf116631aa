import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleSchema, taxonomySchema, type Role } from '../../src/core/schema';
import { BUNDLED_ROLES } from '../../src/core/bundled-roles';
import { NOT_IN_TAXONOMY } from '../../scripts/roles/seeds';

const ROOT = join(__dirname, '..', '..');
const ROLES_DIR = join(ROOT, 'data', 'roles');
const files = readdirSync(ROLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = new Map(files.map((f) => [f, readFileSync(join(ROLES_DIR, f), 'utf8')]));
const roles = new Map<string, Role>();
for (const [f, text] of raw) roles.set(f.replace(/\.json$/, ''), roleSchema.parse(JSON.parse(text)));

const taxonomy = taxonomySchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'skills.json'), 'utf8')));
const byName = new Map<string, string>();
for (const s of taxonomy.skills) for (const n of [s.id, s.name, ...s.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), s.id);

const REQUIRED_IDS = [
  'lead-ml-engineer',
  'ai-scientist',
  'ml-engineer',
  'data-scientist',
  'data-engineer',
  'data-analyst',
  'business-analyst',
  'data-architect',
  'mlops-engineer',
  'ai-engineer',
  'research-engineer',
  'nlp-engineer',
  'computer-vision-engineer',
  'analytics-engineer',
  'software-engineer',
  'frontend-engineer',
  'backend-engineer',
  'full-stack-engineer',
  'devops-engineer',
  'site-reliability-engineer',
  'cloud-architect',
  'security-engineer',
  'robotics-engineer',
  'ai-product-manager',
  'data-engineering-manager',
];

function role(id: string): Role {
  const r = roles.get(id);
  if (!r) throw new Error(`no role ${id}`);
  return r;
}

/** The role carries the skill a name of the founding article stands for (unless the taxonomy lacks it, see NOT_IN_TAXONOMY). */
function expectSkill(r: Role, name: string): void {
  const id = byName.get(name.toLowerCase());
  if (id === undefined && NOT_IN_TAXONOMY.includes(name)) return;
  expect(id, `"${name}" is not a skill name or alias of data/skills.json`).toBeDefined();
  expect(
    r.skills.map((s) => s.id),
    `${r.id} lacks ${name} (${String(id)})`,
  ).toContain(id);
}

function lower(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((x) => x.toLowerCase());
}

// ---- the founding article, item by item --------------------------------------------------------
const ARTICLE = {
  'lead-ml-engineer': {
    responsibilities: [
      'Designing and developing ML models and systems',
      'Managing the ML pipeline, including data preprocessing, Feature engineering, model selection, and hyperparameter tuning',
      'Collaborating with data scientists, software engineers, and other stakeholders to ensure optimal performance, scalability, and reliability of ML models',
      'Building and maintaining production-grade ML systems',
      'Ensuring compliance with data Privacy and security regulations',
      'Staying up-to-date with the latest ML Research and techniques',
    ],
    // Required Skills: Python, Java, or C++ / TensorFlow, PyTorch, or Scikit-learn / data
    // preprocessing, feature engineering, model selection / AWS, Azure, Google Cloud / version
    // control, code review, Testing / communication and collaboration
    skills: [
      'Python',
      'Java',
      'C++',
      'TensorFlow',
      'PyTorch',
      'Scikit-learn',
      'data preprocessing',
      'feature engineering',
      'model selection',
      'AWS',
      'Azure',
      'Google Cloud',
      'version control',
      'code review',
      'testing',
      'communication',
      'collaboration',
      // Educational Backgrounds and the ML pipeline
      'supervised learning',
      'unsupervised learning',
      'reinforcement learning',
      'deep learning',
      'data structures',
      'algorithms',
      'hyperparameter tuning',
    ],
    education: [
      "Bachelor's or Master's degree in Computer Science, Mathematics, Statistics, or a related field",
      'Familiarity with ML concepts such as supervised and unsupervised learning, reinforcement learning, and deep learning',
      'Experience with data structures, algorithms, and computer systems',
    ],
    tools: ['Python', 'Java', 'C++', 'TensorFlow', 'PyTorch', 'Scikit-learn', 'AWS', 'Azure', 'Google Cloud', 'Git', 'Jupyter Notebook'],
    industries: [] as string[],
    degree: 'master',
  },
  'ai-scientist': {
    responsibilities: [
      'Conducting research on cutting-edge AI technologies and applications',
      'Developing and implementing AI algorithms and models',
      'Collaborating with cross-functional teams to identify and solve complex business problems',
      'Staying up-to-date with the latest AI research and techniques',
      'Publishing research papers and presenting at conferences',
      'Contributing to the development of open-source AI tools and frameworks',
    ],
    skills: [
      'Python',
      'Java',
      'C++',
      'TensorFlow',
      'PyTorch',
      'Keras',
      'natural language processing',
      'computer vision',
      'robotics',
      'deep learning',
      'CNN',
      'RNN',
      'GAN',
      'data analysis',
      'data visualization',
      'pandas',
      'Matplotlib',
      'Seaborn',
      'research',
      'analytical skills',
    ],
    education: [
      'PhD in Computer Science, Mathematics, Statistics, or a related field',
      'Strong research background in AI and related fields',
      'Familiarity with advanced AI techniques and architectures',
      'Knowledge of scientific research methods and techniques',
    ],
    tools: ['Python', 'Java', 'C++', 'TensorFlow', 'PyTorch', 'Keras', 'Hadoop', 'Spark', 'Git', 'LaTeX'],
    industries: ['Healthcare', 'Robotics', 'Self-driving cars', 'Natural language processing', 'Computer vision'],
    degree: 'phd',
  },
} as const;

describe('data/roles', () => {
  it('has every required role', () => {
    for (const id of REQUIRED_IDS) expect(roles.has(id), id).toBe(true);
  });

  // File names, canonical formatting and skills that resolve, each once: the one data validator
  // (checkBundledData, tests/data/data-check.test.ts).

  it('sorts skills by weight, descending, with tiers that follow the weights', () => {
    for (const r of roles.values()) {
      const w = r.skills.map((s) => s.weight);
      expect(w, r.id).toEqual([...w].sort((a, b) => b - a));
      for (const s of r.skills) {
        expect(s.tier, `${r.id}/${s.id}`).toBe(s.weight >= 0.5 ? 'core' : s.weight >= 0.25 ? 'common' : 'nice');
      }
    }
  });

  it('keeps 25 to 60 skills a role, at least 1 core skill and 8 core or common ones', () => {
    // A role built from real postings of varied stacks (backend, security) may have one skill
    // that half its postings name; the welcome page's starter set fills up from the common tier.
    for (const r of roles.values()) {
      expect(r.skills.length, r.id).toBeGreaterThanOrEqual(25);
      expect(r.skills.length, r.id).toBeLessThanOrEqual(60);
      expect(r.skills.filter((s) => s.tier === 'core').length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.skills.filter((s) => s.tier !== 'nice').length, r.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('has 8 to 20 responsibilities a role (plus the article’s verbatim ones for the founding roles)', () => {
    for (const r of roles.values()) {
      const extra = r.id in ARTICLE ? ARTICLE[r.id as keyof typeof ARTICLE].responsibilities.length : 0;
      expect(r.responsibilities.length, r.id).toBeGreaterThanOrEqual(8);
      expect(r.responsibilities.length - extra, r.id).toBeLessThanOrEqual(20);
    }
  });

  it('records its evidence in sources', () => {
    for (const r of roles.values()) {
      expect(r.sources.some((s) => s.includes('O*NET 29.2')), r.id).toBe(true);
      expect(r.sources.some((s) => /ml_jobs_us_2024_2025/.test(s)), r.id).toBe(true);
    }
  });

  for (const [id, a] of Object.entries(ARTICLE)) {
    describe(`founding role ${id} carries every item of the article`, () => {
      it('Responsibilities', () => {
        const have = lower(role(id).responsibilities);
        for (const x of a.responsibilities) expect(have, x).toContain(x.toLowerCase());
      });
      it('Required Skills (as skills)', () => {
        for (const x of a.skills) expectSkill(role(id), x);
      });
      it('Educational Backgrounds', () => {
        const have = lower(role(id).education);
        for (const x of a.education) expect(have, x).toContain(x.toLowerCase());
        expect(role(id).degree.typical).toBe(a.degree);
        for (const f of ['Computer Science', 'Mathematics', 'Statistics']) expect(role(id).degree.fields).toContain(f);
      });
      it('Tools and Software Used (as tools and as skills)', () => {
        const have = lower(role(id).tools);
        for (const x of a.tools) {
          expect(have, x).toContain(x.toLowerCase());
          expectSkill(role(id), x);
        }
      });
      it('Common Industries', () => {
        const have = lower(role(id).industries);
        for (const x of a.industries) expect(have, x).toContain(x.toLowerCase());
        expect(have.length).toBeGreaterThan(0);
      });
    });
  }

  it('says where the Lead ML Engineer industries come from (the article lists none)', () => {
    expect(role('lead-ml-engineer').sources.some((s) => /Common Industries .*empty/.test(s))).toBe(true);
  });

  it('separates the founding roles by degree and duties', () => {
    const lead = role('lead-ml-engineer');
    const sci = role('ai-scientist');
    expect(lower(sci.responsibilities).some((r) => r.includes('publish'))).toBe(true);
    expect(lower(lead.responsibilities).some((r) => r.includes('lead a team'))).toBe(true);
    expect(sci.degree.typical).toBe('phd');
    expect(lead.seniority).toContain('lead');
  });
});

describe('src/core/bundled-roles.ts', () => {
  it('bundles every role file, each valid', () => {
    const ids = BUNDLED_ROLES.map((r) => roleSchema.parse(r).id).sort();
    expect(ids).toEqual([...roles.keys()].sort());
  });
});
