import type { EmploymentType, RemoteKind, Salary, StructuredFacts } from './facts/types';
import type { Degree, Seniority } from './schema';

export type Importance = 'required' | 'preferred' | 'mentioned';

/** A section of a posting, decided from its headings and cue words. */
export type SectionKind =
  | 'required'
  | 'preferred'
  | 'responsibilities'
  | 'benefits'
  | 'company'
  /** The tools the company works with ("Our tech stack: …"): named, asked only where a sentence asks. */
  | 'tools'
  | 'other';

/** A posting as read from a page or a file: plain text with its headings and list items on their own lines. */
export interface Posting {
  title?: string;
  company?: string;
  location?: string;
  text: string;
  url?: string;
  /** How it was found: 'json-ld', 'microdata', an adapter name ('linkedin', …), 'heuristic', 'text'. */
  source: string;
  /** When applications close, as the page's structured data says (schema.org `validThrough`). */
  validThrough?: string;
  /** The schema.org JobPosting fields the posting facts read (pay, remote, employment type), raw. */
  structured?: StructuredFacts;
}

export interface Span {
  /** UTF-16 code unit offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface SkillRef {
  id: string;
  name: string;
}

export interface SkillHit extends SkillRef {
  importance: Importance;
  /** Years asked for this skill, when the posting says so ("3+ years of Python"). */
  years: number | null;
  mentions: Span[];
  /**
   * Asked only as one of alternatives ("EKS, ECS, or AKS", "cloud platforms such as AWS or GCP"):
   * the ids of the group, this one and a generic parent included. Any one of them meets it.
   */
  anyOf?: string[];
  /**
   * Written as the kind its group's members are examples of ("cloud platforms such as AWS or
   * GCP", "Airflow or similar workflow orchestration tools"): the group's name, not an ask of its own.
   */
  kindName?: true;
  /** A soft skill ("communication"): listed apart from the hard skills and left out of the score. */
  soft?: true;
}

export interface RoleMatch {
  id: string;
  title: string;
  score: number;
  reasons: string[];
}

/** A missing skill; `anyOf` when it is one of alternatives (see SkillHit.anyOf). */
export interface GapSkill extends SkillRef {
  anyOf?: string[];
}

/**
 * `missingSoft`, `probablyCovered` and `hidden` are always set by the engine; they are optional
 * so a result cached by an older version (a tab's state kept by the background) still reads.
 */
export interface Gap {
  missingRequired: GapSkill[];
  missingPreferred: GapSkill[];
  /** Soft skills asked for that the user's list lacks: shown apart, never in the score. */
  missingSoft?: SkillRef[];
  /** Specifics of a broad skill the user has ("SVM" under "Machine learning"): probably known. */
  probablyCovered?: Array<SkillRef & { via: SkillRef }>;
  matched: SkillRef[];
  /** Skills the posting asks for that the user lacks but has a close sibling of. */
  related: Array<SkillRef & { via: SkillRef }>;
  /** Skills the user said this posting does not really ask for (or never to show): left out. */
  hidden?: SkillRef[];
  /** 0..1: weighted share of the posting's asks the user has (required count double). */
  score: number;
}

export interface Analysis {
  isJobPosting: boolean;
  title: string | null;
  skills: SkillHit[];
  roles: RoleMatch[];
  gap: Gap;
  seniority: Seniority | null;
  minYears: number | null;
  degree: Degree | null;
  /**
   * The posting's facts (src/core/facts). Optional only because a result cached by an older
   * version (a tab's state kept in session storage across an update) lacks them; the engine
   * always sets them.
   */
  salary?: Salary | null;
  location?: string | null;
  remote?: RemoteKind | null;
  employmentType?: EmploymentType | null;
}

/** An entry in the user's skill list. `id` is a taxonomy id, or `custom:<slug>` for skills not in it. */
export interface UserSkill {
  id: string;
  name: string;
  level?: 'learning' | 'working' | 'expert';
}

/** The analysis engine built once from the bundled data (see src/core/engine.ts). */
export interface Engine {
  /** Full analysis of a posting against the user's skills. */
  analyze(posting: Posting, userSkills: readonly UserSkill[], notAsked?: ReadonlySet<string>): Analysis;
  /**
   * The gap alone, for a new skill list over an analysis already made ("I have this"), leaving
   * out the skills the user said are not asked here.
   */
  gap(skills: readonly SkillHit[], userSkills: readonly UserSkill[], notAsked?: ReadonlySet<string>): Gap;
  /**
   * Every skill mention in a text (used for résumés), or with `askedOnly` only the mentions the
   * analysis treats as skills of the posting (required or preferred; not the blurb, benefits,
   * team names or degree fields): used for the page's highlights. With `company` (the posting's),
   * the employer's name is told apart as analyze does; and when the text and company are those
   * analyze just read, its mentions are returned without a second pass over the text.
   */
  findMentions(text: string, options?: { askedOnly?: boolean; company?: string }): Array<{ skillId: string; span: Span }>;
  /** Autocomplete over names and aliases, best first; `alias` is the alias that matched, if not the name. */
  searchSkills(query: string, limit?: number): Array<SkillRef & { alias?: string }>;
  /** A skill of the taxonomy by id. */
  skill(id: string): (SkillRef & { category: string }) | undefined;
}
