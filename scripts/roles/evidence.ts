/** Readers of the evidence the role build uses: O*NET 29.2 tables, ESCO occupations and the job postings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/storage/import-csv';

export interface OnetTechnology {
  code: string;
  example: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetData {
  occupations: Map<string, string>;
  technology: OnetTechnology[];
  /** code → titles from Alternate_Titles.txt and Sample_of_Reported_Titles.txt */
  titles: Map<string, string[]>;
}

export interface JobPosting {
  id: string;
  title: string;
  company: string;
  description: string;
}

function readTsv(path: string): string[][] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  return lines
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

export function readOnet(dataDir: string): OnetData {
  const dir = join(dataDir, 'taxonomy', 'onet_29.2');
  const occupations = new Map<string, string>();
  for (const [code, title] of readTsv(join(dir, 'Occupation_Data.txt'))) {
    if (code && title) occupations.set(code, title);
  }
  const technology: OnetTechnology[] = [];
  for (const [code, example, , , hot, inDemand] of readTsv(join(dir, 'Technology_Skills.txt'))) {
    if (!code || !example) continue;
    technology.push({ code, example, hot: hot === 'Y', inDemand: inDemand === 'Y' });
  }
  const titles = new Map<string, string[]>();
  const addTitle = (code: string | undefined, title: string | undefined) => {
    if (!code || !title) return;
    const list = titles.get(code) ?? [];
    if (!list.includes(title)) list.push(title);
    titles.set(code, list);
  };
  for (const [code, title] of readTsv(join(dir, 'Alternate_Titles.txt'))) addTitle(code, title);
  for (const [code, title] of readTsv(join(dir, 'Sample_of_Reported_Titles.txt'))) addTitle(code, title);
  return { occupations, technology, titles };
}

export const POSTINGS_FILE = 'ml_jobs_us_2024_2025.dev.jsonl';

/** The half a posting falls in by its id's number: the split tune-roles and the held-out build share. */
export function postingHalf(id: string): 0 | 1 {
  return (Number(id.replace(/\D/g, '')) % 2) as 0 | 1;
}

function field(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : '';
}

export function readPostings(dataDir: string): JobPosting[] {
  const text = readFileSync(join(dataDir, 'job_postings', POSTINGS_FILE), 'utf8');
  const out: JobPosting[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as unknown;
    if (typeof o !== 'object' || o === null) continue;
    const rec = o as Record<string, unknown>;
    out.push({ id: field(rec, 'id'), title: field(rec, 'title'), company: field(rec, 'company'), description: field(rec, 'description') });
  }
  return out;
}

/**
 * A role with fewer ML postings than this also takes the SkillSpan postings whose title names it
 * (scripts/roles/build.ts); the other roles' SkillSpan postings are never read by the build, so
 * scripts/eval/other-site-roles.ts ranks them as unseen postings.
 */
export const OTHER_SITE_BELOW = 5;

export const SKILLSPAN_FILES = ['postings_train.jsonl', 'postings_dev.jsonl'];

/**
 * The SkillSpan postings of another job site (Stack Overflow's job board, 2021; Zhang et al.,
 * NAACL 2022, MIT licence) whose first line is the posting's title: web, mobile, DevOps, SRE,
 * security, QA, data and cloud jobs the ML postings lack. Company and place names are masked
 * upstream ("<ORGANIZATION>"); bracketed notes ("( m/f/d )") are dropped from the title.
 */
export function readSkillSpanPostings(dataDir: string): JobPosting[] {
  const out: JobPosting[] = [];
  for (const name of SKILLSPAN_FILES) {
    const file = join(dataDir, 'skill_spans', 'skillspan', name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const rec = JSON.parse(line) as Record<string, unknown>;
      if (rec.source !== 'tech') continue; // the other source's first lines are sentences, not titles
      const body = field(rec, 'text');
      const nl = body.indexOf('\n');
      // Some first lines run on into the page's metadata ("… - Date posted: 2021-07-06 Likes: 0 …").
      const title = (nl < 0 ? body : body.slice(0, nl))
        .split(/\s+-?\s*Date posted:/)[0]!
        .replace(/<[A-Z]+>/g, ' ')
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+-\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (title.length > 100) continue; // not a title
      out.push({ id: field(rec, 'id'), title, company: '', description: nl < 0 ? '' : body.slice(nl + 1) });
    }
  }
  return out;
}

export const ESCO_OCCUPATIONS_FILE = 'occupations_ict_data_subset.csv';

/** An ESCO occupation: its preferred label, alternative labels and description. */
export interface EscoOccupation {
  label: string;
  altLabels: string[];
  description: string;
}

/**
 * ESCO's ICT and data occupations (taxonomy/esco/occupations_ict_data_subset.csv, ESCO v1.2.0,
 * CC BY 4.0): the labels employers and job seekers use for each occupation, one a line in altLabels.
 * Empty when the file is absent.
 */
export function readEscoOccupations(dataDir: string): EscoOccupation[] {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'taxonomy', 'esco', ESCO_OCCUPATIONS_FILE), 'utf8');
  } catch {
    return [];
  }
  const [header, ...rows] = parseCsv(text);
  const at = (name: string) => header?.indexOf(name) ?? -1;
  const [label, alt, description] = [at('preferredLabel'), at('altLabels'), at('description')];
  return rows
    .filter((r) => (r[label] ?? '').trim() !== '')
    .map((r) => ({
      label: r[label]!.trim(),
      altLabels: (r[alt] ?? '')
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      description: (r[description] ?? '').trim(),
    }));
}
