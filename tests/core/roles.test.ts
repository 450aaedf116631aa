import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { readFixturePostings } from '../../scripts/eval/roles';
import { titleToRole } from '../../scripts/roles/title-to-role';
import { HAS_REAL_POSTINGS, realPostings, sample } from './helpers';

const engine = getBundledEngine();
/**
 * Measured when set (32 of 32, after the profiles were completed from these postings), kept as a
 * floor of 31; 30 since the web, mobile, DevOps and SRE roles take evidence from real postings of
 * another job site (the platform engineer's posting now reads as SRE) and the profiles were
 * rebuilt on the engine's current matching (AI scientist 0.488 against research engineer 0.489).
 * The blind set below, never tuned on, went from 29 to 30 with the same change.
 */
const FIXTURES_FIRST_FROM_TEXT = 30;
const rank = (text: string, title?: string) =>
  engine.analyze({ text, source: 'test', ...(title !== undefined ? { title } : {}) }, []).roles;

describe('the founding roles come first on postings that describe them', () => {
  test('a staff ML engineer leading a team and production pipelines → Lead ML Engineer', () => {
    const roles = rank(sample('lead-ml-engineer.md'));
    expect(roles[0]!.id).toBe('lead-ml-engineer');
    expect(roles[0]!.reasons.join(' ')).toMatch(/Shares \d+ of its skills/);
  });

  test('a research scientist with a PhD and publications → AI Scientist', () => {
    const roles = rank(sample('ai-scientist.md'));
    expect(roles[0]!.id).toBe('ai-scientist');
    expect(roles[0]!.reasons.join(' ')).toMatch(/PhD/);
  });

  test('close roles separate from the text alone: research + PhD vs leading + production', () => {
    const lead = rank(sample('lead-ml-engineer.md'), '').map((r) => r.id);
    const scientist = rank(sample('ai-scientist.md'), '').map((r) => r.id);
    expect(lead.indexOf('lead-ml-engineer')).toBeLessThan(lead.indexOf('ai-scientist'));
    expect(scientist.indexOf('ai-scientist')).toBeLessThan(scientist.indexOf('lead-ml-engineer'));
  });

  test('a data engineer posting → Data Engineer', () => {
    expect(rank(sample('data-engineer.txt'))[0]!.id).toBe('data-engineer');
  });
});

describe('scores', () => {
  test('every role is scored in [0, 1], best first, each with reasons', () => {
    const roles = rank(sample('ai-scientist.md'));
    expect(roles.length).toBeGreaterThanOrEqual(22);
    for (const r of roles) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    const scores = roles.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('the title moves the ranking when the text is ambiguous', () => {
    const text = `About the role
- Build ETL pipelines and dashboards for the finance team
Requirements
- 3+ years with SQL and Python
- Experience with Airflow, dbt and Tableau`;
    expect(rank(text, 'Analytics Engineer')[0]!.id).toBe('analytics-engineer');
    expect(rank(text, 'Data Engineer')[0]!.id).toBe('data-engineer');
  });

  test("no role's title fits a posting for another role's own title", () => {
    // O*NET's "Analyst Programmer" reads as "Analytics Engineer"; its "Developer" as any engineer.
    const text = 'Requirements\n- SQL and dbt\n- Experience with Looker';
    for (const title of ['Analytics Engineer', 'Data Engineer', 'Robotics Engineer']) {
      const fitting = rank(text, title).filter((r) => r.reasons.some((x) => x.startsWith('Title fits')));
      expect(fitting.map((r) => r.id), title).toHaveLength(1);
    }
  });

  test("a title's level outside a role's range weakens that role's title fit", () => {
    const text = `About the role
We are looking for an engineer to join our machine learning platform team.
What you'll do
- Train, evaluate and deploy deep learning models for perception and ranking
- Build feature pipelines and model serving on Kubernetes
- Collaborate with data scientists and product teams
Requirements
- 5+ years of experience with Python and PyTorch or TensorFlow
- Experience with MLOps tools such as MLflow and Kubeflow
- Experience with AWS or GCP`;
    const plain = rank(text, 'AI/ML Engineer, Vehicle Software');
    const staff = rank(text, 'Staff AI/ML Engineer, Vehicle Software');
    const score = (ranked: typeof plain, id: string) => ranked.find((r) => r.id === id)!.score;
    expect(plain[0]!.id).toBe('ml-engineer');
    // "Staff" is outside ML engineer's range and inside the lead role's: the one's title fit falls,
    // the other's rises, and the two come out side by side (the duties, "Train, evaluate and deploy
    // deep learning models", are an engineer's either way).
    expect(score(staff, 'ml-engineer')).toBeLessThan(score(plain, 'ml-engineer') - 0.1);
    expect(score(staff, 'lead-ml-engineer')).toBeGreaterThan(score(plain, 'lead-ml-engineer') + 0.1);
    expect(staff.slice(0, 2).map((r) => r.id).sort()).toEqual(['lead-ml-engineer', 'ml-engineer']);
  });
});

describe.skipIf(!HAS_REAL_POSTINGS)('real postings from ../shared/data', () => {
  const byTitle = (re: RegExp) => realPostings().filter((p) => re.test(p.title));

  test('staff / principal / lead ML engineer postings rank Lead ML Engineer first with their title', () => {
    // Also "Staff AI/ML Engineer, Vehicle Software" and "Staff Machine Learning Engineer - Responsible AI":
    // titles that share more words with "AI/ML Engineer" than with the lead role's titles.
    // ("Staff Machine Learning Engineer, ML Platform" is labelled MLOps, so the label decides.)
    const postings = byTitle(/^(senior\/)?(staff|principal|lead) (ai\/ml|machine learning|ml) engineer\b/i).filter(
      (p) => titleToRole(p.title) === 'lead-ml-engineer',
    );
    expect(postings.length).toBeGreaterThan(5);
    for (const p of postings) expect(rank(p.description, p.title)[0]!.id, p.title).toBe('lead-ml-engineer');
  });

  test('from the text alone, the skill a posting keeps saying weighs more: there it stands in for the title', () => {
    // "PhD Machine Learning Engineer, New Grad" says machine learning ten times, and little of
    // leading; "Machine Learning Engineer - Sensor Simulation" says it six times beside its
    // sensors. Counted once, their lead/vision words put the lead and vision roles level with it.
    for (const id of ['ml1000-764', 'ml1000-926']) {
      const p = realPostings().find((x) => x.id === id)!;
      expect(rank(p.description, '')[0]!.id, p.title).toBe('ml-engineer');
    }
  });

  test('data scientist postings rank Data Scientist in the top three from the text alone', () => {
    const postings = byTitle(/^data scientist$/i);
    expect(postings.length).toBeGreaterThan(10);
    const hits = postings.filter((p) => rank(p.description, '').slice(0, 3).some((r) => r.id === 'data-scientist'));
    expect(hits.length / postings.length).toBeGreaterThan(0.9);
  });
});

describe('close roles separate, with and without the title', () => {
  const posting = (name: string) => readFileSync(join(__dirname, '../fixtures/postings', `${name}.txt`), 'utf8');

  test.each([
    ['business-analyst', 'data-analyst'],
    ['data-analyst', 'business-analyst'],
    ['data-architect', 'data-engineer'],
    ['ai-engineer', 'ml-engineer'],
  ])('%s ranks first, ahead of %s', (role, rival) => {
    for (const title of [undefined, '']) {
      const ranked = rank(posting(role), title).map((r) => r.id);
      expect(ranked[0]).toBe(role);
      expect(ranked.indexOf(role)).toBeLessThan(ranked.indexOf(rival));
    }
  });
});

/** The postings of a fixture folder, one per role: the file is named after the role, its first line is the title. */
function fixturePostings(folder: string): Array<{ role: string; title: string; text: string }> {
  const dir = join(__dirname, '../fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const [title, ...body] = readFileSync(join(dir, f), 'utf8').split('\n');
      return { role: f.replace(/\.txt$/, ''), title: title!, text: body.join('\n') };
    });
}

describe('one realistic posting per role (tests/fixtures/postings, our own writing)', () => {
  const fixtures = fixturePostings('postings');

  test('there is one for every bundled role', () => {
    const roles = engine.analyze({ text: 'x', source: 'test' }, []).roles.map((r) => r.id);
    expect(fixtures.map((f) => f.role).sort()).toEqual([...roles].sort());
  });

  test.each(fixtures.map((f) => [f.role, f] as const))('%s ranks first with its title, top three without', (_, f) => {
    expect(rank(f.text, f.title)[0]!.id).toBe(f.role);
    expect(rank(f.text, '').slice(0, 3).map((r) => r.id)).toContain(f.role);
  });

  test('from the description alone, nearly every role ranks first', () => {
    const first = fixtures.filter((f) => rank(f.text, '')[0]!.id === f.role).length;
    expect(first).toBeGreaterThanOrEqual(FIXTURES_FIRST_FROM_TEXT);
  });
});

describe('a second posting per role, written blind to the profiles and never tuned on', () => {
  // tests/fixtures/postings-heldout: our own writing, modelled on real postings, a third of them
  // with titles that don't name the role ("Member of Technical Staff, Pretraining"). Measured
  // when set: top-1 30/32 with the title, 29/32 from the description, top-3 31/32; 30/32 from
  // the description once the web, mobile, DevOps and SRE roles took evidence from real postings
  // of another job site (SkillSpan's Stack Overflow postings).
  const fixtures = fixturePostings('postings-heldout');
  const count = (pick: (f: (typeof fixtures)[number]) => boolean) => fixtures.filter(pick).length;

  test('one for every bundled role', () => {
    expect(fixtures).toHaveLength(32);
  });

  test('with the title, the role ranks first for at least 29 of 32', () => {
    expect(count((f) => rank(f.text, f.title)[0]!.id === f.role)).toBeGreaterThanOrEqual(29);
  });

  test('from the description alone, first for at least 30 and in the top three for at least 30', () => {
    expect(count((f) => rank(f.text, '')[0]!.id === f.role)).toBeGreaterThanOrEqual(30);
    expect(count((f) => rank(f.text, '').slice(0, 3).some((r) => r.id === f.role))).toBeGreaterThanOrEqual(30);
  });
});

describe('analyst and architect postings as other job sites write them', () => {
  // tests/fixtures/postings-analyst-architect: 18 postings of our own writing modelled on
  // LinkedIn, Indeed and Seek (data, BI, product and marketing analysts, BI developers, business
  // analysts, data and warehouse architects, AWS/Azure/GCP architects, analytics engineers). The
  // development postings are ML jobs and hold almost none. They were written before any tuning
  // (18/18 first then, carried by the role names they say), and the analyst and architect seeds
  // were then completed while reading them (with role names masked, 9/18 -> 16/18), so they are
  // development fixtures now, not a held-out measure. Measured when set: 18/18 first from the
  // description alone, also with the title.
  const fixtures = readFixturePostings(join(__dirname, '../fixtures/postings-analyst-architect'));
  const first = (pick: (f: (typeof fixtures)[number]) => string | undefined) => fixtures.filter((f) => rank(f.description, pick(f))[0]!.id === f.label).length;

  test('at least twelve, across data analyst, business analyst, BI developer, data architect, cloud architect and analytics engineer', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(fixtures.map((f) => f.label))).toEqual(new Set(['data-analyst', 'business-analyst', 'data-architect', 'cloud-architect', 'analytics-engineer']));
    expect(fixtures.map((f) => titleToRole(f.title))).toEqual(fixtures.map((f) => f.label));
  });

  test('from the description alone, the role ranks first for at least 17 of 18', () => {
    expect(first(() => '')).toBeGreaterThanOrEqual(17);
  });

  test('with the title, the role ranks first for all of them', () => {
    expect(first((f) => f.title)).toBe(fixtures.length);
  });
});

test("a role's reasons quote the posting's own words for its duties and for the role it names", () => {
  // The profiles' duty phrases and titles are ours ("build dashboards and visualizations",
  // "Data Engineer"); a reason cites the sentence of the posting that says the duty and the
  // words the posting names the role with ("ETL Engineer").
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  let quoted = 0;
  const analysts = readFixturePostings(join(__dirname, '../fixtures/postings-analyst-architect')).map((p) => ({ role: p.label, text: p.description }));
  for (const f of [...fixturePostings('postings-heldout'), ...analysts]) {
    const text = flat(f.text);
    for (const r of rank(f.text, '').slice(0, 3)) {
      for (const reason of r.reasons) {
        const m = /^(?:Duties it names|The text names the role \()(.*)$/.exec(reason);
        if (!m) continue;
        for (const [, q] of m[1]!.matchAll(/"([^"]+)"/g)) {
          quoted++;
          expect(text, `${f.role} → ${r.id}: ${reason}`).toContain(q!.replace(/…$/, ''));
        }
      }
    }
  }
  expect(quoted).toBeGreaterThan(60);
});

test("a role's duties are quoted from what the posting says the job does, not from what it asks of you", () => {
  // The requirements say the work too ("Experience deploying models to edge devices") and count
  // in the duties' score, but a reason headed "Duties it names" quotes a duty: before, 24 of the
  // fixtures' quotes were "3+ years of industry experience…" or "Ability to read research papers…".
  const qualification = /^(?:experience|ability|abilities|skills?|expertise|background|\d)|\bdegree\b|\byears?\b/i;
  let quoted = 0;
  const analysts = readFixturePostings(join(__dirname, '../fixtures/postings-analyst-architect')).map((p) => ({ role: p.label, text: p.description }));
  for (const f of [...fixturePostings('postings'), ...fixturePostings('postings-heldout'), ...analysts]) {
    for (const r of rank(f.text, '').slice(0, 3)) {
      const duties = r.reasons.find((x) => x.startsWith('Duties it names')) ?? '';
      for (const [, q] of duties.matchAll(/"([^"]+)"/g)) {
        quoted++;
        expect(q, `${f.role} → ${r.id}`).not.toMatch(qualification);
      }
    }
  }
  expect(quoted).toBeGreaterThan(200);
});

test('a scraped posting that lost its line breaks names its role all the same, quoted without the glued word', () => {
  // Our own writing in the form staffing agencies' postings reach a page: every line run into
  // the next ("Data ScientistLocation-").
  const text = [
    'Role- Data Scientist',
    'Location- Charlotte, NC (Hybrid, 3 days onsite)',
    'Duration- 12 months, extension likely',
    'Job Duties',
    'Work with business partners in lending and fraud to frame questions and define success metrics',
    'Build predictive and statistical models for credit risk, churn and fraud detection',
    'Design and analyse A/B tests and report results to stakeholders',
    'Clean, explore and prepare large datasets from the data warehouse',
    'Deploy models with the engineering team and monitor their performance',
    'Required Skills',
    '5+ years of hands-on experience in Python (pandas, NumPy, scikit-learn) and SQL',
    'Strong knowledge of statistics, regression and classification',
    'Experience with Spark or Databricks on AWS',
    'Experience with XGBoost or LightGBM',
    'Experience with Git and CI/CD',
    "Bachelor's or Master's degree in Statistics, Mathematics, Computer Science or a related field",
  ].join('');
  const roles = rank(text, '');
  expect(roles[0]!.id).toBe('data-scientist');
  expect(roles[0]!.reasons).toContain('The text names the role ("Data Scientist")');
});

test("a role's reasons count and name only skills the posting says, not the parents they imply", () => {
  // "machine learning" implies Artificial intelligence, "PyTorch" Deep learning frameworks and
  // "Docker" Containerization in the taxonomy; none is said here, so none may be cited as shared.
  const text = `Machine Learning Engineer
What you'll do
- Train and deploy machine learning models for fraud scoring
- Build feature pipelines in Python and SQL
Requirements
- 3+ years of experience with PyTorch and scikit-learn
- Experience with Docker and AWS`;
  const analysis = getBundledEngine().analyze({ text, title: 'Machine Learning Engineer', source: 'test' }, []);
  const said = new Set(analysis.skills.map((s) => s.id));
  for (const match of analysis.roles.slice(0, 5)) {
    const profile = BUNDLED_ROLE_PROFILES.find((r) => r.id === match.id)!;
    const sharedSaid = profile.skills.filter((s) => said.has(s.id) && BUNDLED_TAXONOMY.skills.find((k) => k.id === s.id)?.category !== 'group').length;
    const shares = match.reasons.find((r) => r.startsWith('Shares'));
    expect(shares, match.id).toMatch(new RegExp(`^Shares ${sharedSaid} of its skills`));
  }
});

test("on the analyst and architect postings, every skill a role's reasons name is one the posting says", () => {
  let named = 0;
  for (const p of readFixturePostings(join(__dirname, '../fixtures/postings-analyst-architect'))) {
    const analysis = getBundledEngine().analyze({ text: p.description, title: '', source: 'test' }, []);
    const said = new Set(analysis.skills.map((s) => s.name));
    for (const r of analysis.roles.slice(0, 3)) {
      const m = /^Shares \d+ of its skills: (.*?)(?: and \d+ more)?$/.exec(r.reasons.find((x) => x.startsWith('Shares')) ?? '');
      for (const name of m?.[1]?.split(', ') ?? []) {
        named++;
        expect(said, `${p.id} → ${r.id}: ${name}`).toContain(name);
      }
    }
  }
  expect(named).toBeGreaterThan(200);
});

describe('from the description alone, the level the posting states decides only the roles held at a few levels', () => {
  const ml = readFileSync(join(__dirname, '../fixtures/postings/ml-engineer.txt'), 'utf8').split('\n').slice(1).join('\n');
  const scores = (text: string) => new Map(rank(text, '').map((r) => [r.id, r.score]));

  test('a staff-level ML engineer posting scores the roles held at every level as the same posting without a level does', () => {
    const plain = scores(ml);
    const staffText = `${ml}\nThis is a staff-level position on the Search & Discovery team.`;
    expect(engine.analyze({ text: staffText, title: '', source: 'test' }, []).seniority).toBe('staff');
    const staff = scores(staffText);
    // The data scientist's and software engineer's ranges list staff, the ML engineer's does not:
    // the level must not move any of them against the others.
    for (const id of ['ml-engineer', 'data-scientist', 'software-engineer', 'mlops-engineer']) {
      expect(staff.get(id)! - staff.get('ml-engineer')!, id).toBeCloseTo(plain.get(id)! - plain.get('ml-engineer')!, 3);
    }
  });

  test("a new graduate's posting still reads as no lead role's, and its reasons claim no level for the roles it does not decide", () => {
    const text = `${ml}\nThis role is open to recent graduates (new grad) joining in the fall.`;
    const roles = rank(text, '');
    const lead = roles.find((r) => r.id === 'lead-ml-engineer')!;
    const plainLead = rank(ml, '').find((r) => r.id === 'lead-ml-engineer')!;
    expect(lead.score).toBeLessThan(plainLead.score);
    expect(roles.find((r) => r.id === 'ml-engineer')!.reasons.join(' ')).not.toMatch(/Seniority fits/);
  });
});

test('a joint name ("Data/ML Engineer") names both jobs: the skills decide, and the reason quotes the joint name', () => {
  const text = `About Harbor Freightways
Harbor Freightways moves 40,000 containers a week across North America. Our Data Platform group keeps dispatch, billing and customer teams working from the same numbers.

The Role
We are looking for a Data/ML Engineer to own the pipelines that feed our pricing and ETA systems. You will design batch and streaming ingestion from our carrier feeds, model the warehouse our analysts query, and keep the data our forecasting models read fresh and correct.

What you'll do
- Build and operate ingestion pipelines in Spark and Kafka that land carrier, GPS and billing events in our Snowflake warehouse
- Orchestrate daily and hourly jobs in Airflow, with alerting when a feed is late or a row count drifts
- Model facts and dimensions with dbt so that dispatch, finance and data science read the same tables
- Write data quality checks and backfills, and own the runbooks for the pipelines you build
- Work with our data scientists to hand the features they need to their training jobs

What you bring
- 3+ years building production data pipelines in Python and SQL
- Hands-on experience with Spark, Kafka and Airflow
- Experience with a cloud warehouse (Snowflake, BigQuery or Redshift) and with dbt
- Comfort with AWS (S3, Glue, IAM) and infrastructure as code in Terraform
- Nice to have: exposure to feature stores or to serving data for machine learning models`;
  const roles = rank(text, '');
  expect(roles[0]!.id).toBe('data-engineer');
  expect(roles[0]!.reasons[0]).toBe('The text names the role ("Data/ML Engineer")');
  // Both named once: the ML engineer keeps its name, it is no longer the only one named.
  expect(roles.find((r) => r.id === 'ml-engineer')!.reasons[0]).toBe('The text names the role ("ML Engineer")');
});
