/** What a posting states about the job itself, beside its skills (see ./index.ts). */

export const PAY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export interface Salary {
  min: number;
  max: number;
  /** ISO 4217 code ("USD", "GBP", "EUR", …). */
  currency: string;
  period: PayPeriod;
}

export const REMOTE_KINDS = ['remote', 'hybrid', 'onsite'] as const;
export type RemoteKind = (typeof REMOTE_KINDS)[number];

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface PostingFacts {
  salary: Salary | null;
  location: string | null;
  remote: RemoteKind | null;
  employmentType: EmploymentType | null;
}

/**
 * The parts of a page's schema.org JobPosting the facts read, passed in raw by the page layer
 * (src/page/json-ld.ts): untrusted JSON, checked here.
 */
export interface StructuredFacts {
  baseSalary?: unknown;
  jobLocationType?: unknown;
  employmentType?: unknown;
}
