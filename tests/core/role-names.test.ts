import { describe, expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES } from '../../src/core/bundled';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindShare } from '../../src/core/role-kinds';
import { GENERIC_NAME_WEIGHT, indexRoleNames } from '../../src/core/role-name-index';
import { countRoleNames, namedAs } from '../../src/core/role-names';
import { tokenize } from '../../src/core/tokenize';
import { HAS_REAL_POSTINGS, realPostings } from './helpers';
import { named } from './role-counts';

const index = indexRoleNames(BUNDLED_ROLE_PROFILES);

test('the text naming its own role, abbreviations spelled out, longest name winning', () => {
  const text = `As a Senior ML Engineer on the Ads team you will partner with data scientists.
We are hiring a Machine Learning Engineer who has shipped models. Our Staff Machine Learning Engineer leads the team.`;
  expect(named(text)).toEqual({ 'ml-engineer': 2, 'lead-ml-engineer': 1 });
});

test("a name's specialisation after a comma, dash or bracket names the specialised role", () => {
  // Splunk's and Meta's postings write their own titles so in the text; the general name alone
  // ("Machine Learning Engineer", the generic "Software Engineer") was all that was read before.
  const splunk = `RoleAs the Machine Learning Engineer, AI Platform in the Splunk AI Dev Tools team, you will be building services and tools that underlie our AI products and also accelerate our AI developers.`;
  expect(named(splunk)).toEqual({ 'mlops-engineer': 1 });
  expect(namedAs(countRoleNames(tokenize(splunk), index, BUNDLED_ROLE_PROFILES.length), BUNDLED_ROLE_PROFILES.findIndex((r) => r.id === 'mlops-engineer'))).toBe('Machine Learning Engineer, AI Platform');
  expect(named('Software Engineer (Robotics) Responsibilities:Work closely with researchers and cross-functional partners.')).toEqual({ 'robotics-engineer': 1 });
  // What follows names no role with the job's noun: the general name stands.
  expect(named('We are hiring a Machine Learning Engineer - Remote, US, to join our Ads team.')).toEqual({ 'ml-engineer': 1 });
});

test('plural mentions are colleagues, not the job', () => {
  expect(named('You will work with data scientists, data engineers and software engineers.')).toEqual({});
});

test('page words that are also object keys are plain words', () => {
  expect(() => named('constructor toString __proto__ hasOwnProperty valueOf')).not.toThrow();
});

test.each([
  ['a team, not the job', 'Partner with our Data Science team and the SRE team on launches.'],
  ['a bare abbreviation', 'Partner with SRE and security to bake observability into the platform.'],
  ['a colleague', 'You will partner with a data scientist and report to the Engineering Manager.'],
  ['a manager one reports into', 'You will report into the Head of ML Platform.'],
  ['a manager of ours one reports into', 'You will report into our Head of AI and partner with product on the roadmap.'],
  ['an award named after a practice', "In 2023 we received Google's Cloud DevOps Dreamers Award for our migrations."],
  ['a practice, not a job', 'You will build tooling and improvements for front-end dev ops.'],
  ['a head count', 'The squad is 4 engineers, 1 data analyst and 1 product designer.'],
  ['a certification', 'An AWS Solutions Architect certification is a plus.'],
])('others named in passing count for nothing: %s', (_, text) => {
  expect(named(text)).toEqual({});
});

test.each([
  ['As an SRE, you will own our SLOs and on-call rotation.', 'site-reliability-engineer'],
  ['The Manager, Data Engineering will lead a team of eight engineers.', 'data-engineering-manager'],
  ['The Statistician II will provide design and analysis for clinical studies.', 'statistician'],
])('the job itself still counts: %s', (text, role) => {
  expect(named(text)).toEqual({ [role]: 1 });
});

test.each([
  ['We are hiring a Software Engineer - Machine Learning to join the Ads team.', { 'ml-engineer': 1 }],
  ['The Data Scientist partners with product managers on experiments.', { 'data-scientist': 1 }],
  ['We are looking for a Data Scientist and Machine Learning Engineer.', { 'data-scientist': 1, 'ml-engineer': 1 }],
])('names written in other ways still count: %s', (text, expected) => {
  expect(named(text)).toEqual(expected);
});

describe.skipIf(!HAS_REAL_POSTINGS)('a posting hiring several names the job in the plural', () => {
  const posting = (id: string) => realPostings().find((p) => p.id === id)!.description;

  test.each([
    // "Meta is seeking Machine Learning Engineers to join our engineering team."
    ['ml1000-977', 'ml-engineer', 'Machine Learning Engineers'],
    // "…Interclypse is seeking Data Scientists.The Interclypse difference is…"
    ['ml1000-25', 'data-scientist', 'Data Scientists'],
    // Its heading, glued to the next field: "Machine Learning EngineersLocation: Austin, TX…"
    ['ml1000-903', 'ml-engineer', 'Machine Learning Engineers'],
  ])('%s names %s', (id, role, words) => {
    const counts = countRoleNames(tokenize(posting(id)), index, BUNDLED_ROLE_PROFILES.length);
    const r = BUNDLED_ROLE_PROFILES.findIndex((x) => x.id === role);
    expect(counts[r]).toBeGreaterThan(0);
    expect(namedAs(counts, r)).toBe(words);
  });

  test('once, beside the heading it also has', () => {
    // ml1000-977's heading "Software Engineer (Technical Leadership) - Machine Learning" names
    // software engineering; its "mentoring/influencing senior engineers" names nobody.
    expect(named(posting('ml1000-977'))).toEqual({ 'ml-engineer': 1, 'software-engineer': GENERIC_NAME_WEIGHT });
  });
});

test('a plural is the job only where the employer says it hires them', () => {
  expect(named('We are looking for talented Data Scientists to join our Growth team.')).toEqual({ 'data-scientist': 1 });
  // A manager's experience hiring, and colleagues, are not the job.
  expect(named('You have experience hiring and mentoring Machine Learning Engineers.')).toEqual({});
  expect(named('You will be looking for Data Engineers to partner with.')).toEqual({});
  expect(named('Work closely with Machine Learning Engineers and Data Scientists.')).toEqual({});
});

test('a past job is not this one: "5+ years as a software engineer"', () => {
  expect(named('You bring 5+ years as a software engineer and 2 years leading teams.')).toEqual({});
  expect(named('Prior experience as a Data Analyst is a plus.')).toEqual({});
  expect(named('As a Data Analyst, you will own our reporting.')).toEqual({ 'data-analyst': 1 });
});

test('a generic name counts for less than a specific one: many roles are software engineering', () => {
  // "As an SDE on our team" and "As a Software Engineer on the Safety ML team" open ML engineer
  // postings: the name says engineering, the rest of the text which kind.
  expect(named('As an SDE on our team, you will fine-tune large language models.')).toEqual({ 'software-engineer': GENERIC_NAME_WEIGHT });
  expect(named('We are looking for a Software Developer and a Data Engineer.')).toEqual({ 'software-engineer': GENERIC_NAME_WEIGHT, 'data-engineer': 1 });
});

test.each([
  // Two fields sharing one job noun name two jobs; read from the second field only, the posting
  // named one of them and that one decided the role against the skills.
  ['We are looking for a Data/ML Engineer to own our lakehouse.', { 'data-engineer': 1, 'ml-engineer': 1 }],
  ['As an ML Infrastructure & Data Engineer Intern, you will build our feature store.', { 'mlops-engineer': 1, 'data-engineer': 1 }],
  ['We are hiring a Backend and Data Engineer for our payments platform.', { 'backend-engineer': 1, 'data-engineer': 1 }],
  // "AI/ML" is one field (a name writes it so: "AI/ML Engineer"), and a level is no field.
  ['As an AI/ML Software Engineer Intern, you will build our policy engine.', { 'ml-engineer': 1 }],
  ['A Senior/Lead ML Engineer to join our ranking team.', { 'lead-ml-engineer': 1 }],
])('a joint name names both jobs: %s', (text, expected) => {
  expect(named(text)).toEqual(expected);
});

test.each([
  ['The Business Intelligence (BI) Developer builds our reports.', { 'data-analyst': 1 }],
  ['The Solution Architect leads client workshops.', { 'cloud-architect': 1 }],
  ['The Data Modeler owns the logical models.', { 'data-architect': 1 }],
  ['Windsurf is a leader in the AI developer tools space.', {}],
])('names as postings write them: %s', (text, expected) => {
  expect(named(text)).toEqual(expected);
});

/** The kind share of each role the text gives, for the roles it gives any. */
function kinds(text: string): Record<string, number> {
  const counts = countRoleNames(tokenize(text), index, BUNDLED_ROLE_PROFILES.length);
  const out: Record<string, number> = {};
  BUNDLED_ROLE_PROFILES.forEach((r, i) => {
    const k = kindShare(counts, i);
    if (k > 0) out[r.id] = k;
  });
  return out;
}

test('the job noun says which kind of job it is when no role is named in full', () => {
  // A data scientist's posting and an ML engineer's both ask for Python and statistics; what
  // each calls the job differs.
  const scientist = kinds('As a scientist on the Growth team, you will design experiments. The ideal scientist is curious.');
  expect(scientist['data-scientist']).toBe(1);
  expect(scientist['ai-scientist']).toBe(1);
  expect(scientist['ml-engineer']).toBeUndefined();
  // A developer is an engineer; "engineer" said once against "scientist" twice counts half.
  const both = kinds('The developer will ship models; the scientist and the scientist pair on research.');
  expect(both['ml-engineer']).toBe(0.5);
  expect(both['data-scientist']).toBe(1);
  expect(both['engineering-manager']).toBeUndefined();
});

test('colleagues and plurals are not the job\'s kind', () => {
  expect(kinds('You will partner with a data scientist and report to the Engineering Manager. Our engineers review code.')).toEqual({});
  expect(kinds('The squad is 4 engineers, 1 data analyst and 1 product designer.')).toEqual({});
});

test('an analyst posting from another job site reads as an analyst', () => {
  const text = readFileSync(join(__dirname, '../fixtures/postings-analyst-architect/data-analyst--retail-linkedin.txt'), 'utf8');
  const k = kinds(text);
  expect(k['data-analyst']).toBe(1);
  expect(k['business-analyst']).toBe(1);
  expect(k['data-engineer'] ?? 0).toBeLessThan(1);
});

test.each([
  // Scraped postings lose their line breaks: the job noun runs into the next field's label.
  ['Role- AI/ML Data ScientistLocations- Atlanta, GA (Hybrid)Duration- Long Term', { 'data-scientist': 1 }],
  ['We are actively hiring for a Principal Machine Learning EngineerFull time positionRequired Skillset', { 'lead-ml-engineer': 1 }],
  ['Job Title: Data EngineerThe ideal candidate builds our pipelines in Spark.', { 'data-engineer': 1 }],
])('a job noun glued to the next line still names the job: %s', (text, expected) => {
  expect(named(text)).toEqual(expected);
});

test('a glued name is quoted without the word glued to it', () => {
  const text = 'Role- AI/ML Data ScientistLocations- Atlanta, GA (Hybrid)';
  const counts = countRoleNames(tokenize(text), index, BUNDLED_ROLE_PROFILES.length);
  expect(namedAs(counts, BUNDLED_ROLE_PROFILES.findIndex((r) => r.id === 'data-scientist'))).toBe('ML Data Scientist');
});

test("a noun inside a role's name is that role's kind: a BI developer is an analyst", () => {
  // "developer" alone is an engineer; in "BI Developer" (Business Intelligence Developer) it is
  // the data analyst's name, as "Quantitative Analyst" is a quantitative researcher's.
  const text = readFileSync(join(__dirname, '../fixtures/postings-analyst-architect/data-analyst--bi-developer-powerbi-indeed.txt'), 'utf8');
  const k = kinds(text);
  expect(k['data-analyst']).toBe(1);
  expect(k['data-engineer']).toBeUndefined();
  expect(k['software-engineer']).toBeUndefined();
  const quant = kinds('As a Quantitative Analyst on the Rates desk, you will build pricing models.');
  expect(quant['quantitative-researcher']).toBe(1);
  expect(quant['data-analyst']).toBeUndefined();
});
