import type { EmploymentType, RemoteKind, Salary } from '../core/facts/types';
import type { Analysis, Engine, GapSkill, Posting, SkillRef, UserSkill } from '../core/types';

/** The analyzer's contract: one object a posting (see README, "Command-line analyzer"). */
export interface AnalyzeResult {
  id: string;
  isJobPosting: boolean;
  title: string | null;
  company: string | null;
  skills: Analysis['skills'];
  roles: Analysis['roles'];
  gap: {
    /** A skill that is one of alternatives carries `anyOf`: the group's ids, any of which will do. */
    missingRequired: GapSkill[];
    missingPreferred: GapSkill[];
    /** Soft skills asked for and not in the list: apart, and not in the score. */
    missingSoft: SkillRef[];
    /** Methods under a broad skill the user has ("SVM" under "Machine learning"). */
    probablyCovered: Array<SkillRef & { via: SkillRef }>;
    matched: SkillRef[];
    related: Array<SkillRef & { via: SkillRef }>;
    score: number;
  };
  seniority: Analysis['seniority'];
  minYears: number | null;
  degree: Analysis['degree'];
  salary: Salary | null;
  location: string | null;
  remote: RemoteKind | null;
  employmentType: EmploymentType | null;
  /** Why an HTML page was judged not to be a posting. */
  note?: string;
}

export function toResult(id: string, analysis: Analysis, posting: Posting, note?: string): AnalyzeResult {
  return {
    id,
    isJobPosting: analysis.isJobPosting,
    title: analysis.title,
    company: posting.company ?? null,
    skills: analysis.skills,
    roles: analysis.roles,
    gap: {
      missingRequired: analysis.gap.missingRequired,
      missingPreferred: analysis.gap.missingPreferred,
      missingSoft: analysis.gap.missingSoft ?? [],
      probablyCovered: analysis.gap.probablyCovered ?? [],
      matched: analysis.gap.matched,
      related: analysis.gap.related,
      score: analysis.gap.score,
    },
    seniority: analysis.seniority,
    minYears: analysis.minYears,
    degree: analysis.degree,
    salary: analysis.salary ?? null,
    location: analysis.location ?? null,
    remote: analysis.remote ?? null,
    employmentType: analysis.employmentType ?? null,
    ...(note ? { note } : {}),
  };
}

export interface AnalyzeInput {
  id: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  /** Where the job is, when the input says so: picks the pay range for that place. */
  location?: string;
}

/** Runs the engine on text or a saved page; pages that aren't one posting are analysed whole but flagged. */
export function analyzeInput(
  engine: Engine,
  input: AnalyzeInput,
  userSkills: readonly UserSkill[],
  readHtml: (html: string, url: string | undefined) => { posting: Posting | null; reason: string | null; pageText: () => string },
): AnalyzeResult {
  if (input.html !== undefined) {
    const read = readHtml(input.html, input.url);
    if (read.posting) {
      const posting = input.title ? { ...read.posting, title: input.title } : read.posting;
      const analysis = engine.analyze(posting, userSkills);
      return toResult(input.id, { ...analysis, isJobPosting: true }, posting);
    }
    const posting: Posting = { text: read.pageText(), source: 'page', ...(input.title ? { title: input.title } : {}) };
    const analysis = engine.analyze(posting, userSkills);
    return toResult(input.id, { ...analysis, isJobPosting: false }, posting, read.reason ?? undefined);
  }
  const posting: Posting = {
    text: input.text ?? '',
    source: 'text',
    ...(input.title ? { title: input.title } : {}),
    ...(input.location ? { location: input.location } : {}),
  };
  return toResult(input.id, engine.analyze(posting, userSkills), posting);
}
