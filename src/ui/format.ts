import type { Degree, Seniority } from '../core/schema';

export function percent(score: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  return `${Math.round(clamped * 100)}%`;
}

export const SENIORITY_LABEL: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
};

export const DEGREE_LABEL: Record<Degree, string> = {
  bachelor: 'Bachelor’s',
  master: 'Master’s',
  phd: 'PhD',
};

/** "3+ years", or null. */
export function yearsLabel(years: number | null): string | null {
  if (years === null || !Number.isFinite(years) || years <= 0) return null;
  return `${years}+ year${years === 1 ? '' : 's'}`;
}

/** A word for a match score, so the number is never the only cue. */
export function scoreWord(score: number): string {
  if (score >= 0.75) return 'Strong match';
  if (score >= 0.5) return 'Good match';
  if (score >= 0.25) return 'Partial match';
  return 'Weak match';
}

/**
 * The posting's closing date (schema.org `validThrough`, from the page) as a line for the
 * header: "Applications closed 3 Oct 2026" once it has passed, "Apply by 31 Dec 2026" before.
 * A date without a time counts to the end of that day. Anything unreadable gives null.
 */
export function closingLine(validThrough: string | undefined, now: Date): { text: string; closed: boolean } | null {
  if (!validThrough) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(validThrough.trim());
  const at = Date.parse(validThrough);
  if (!Number.isFinite(at)) return null;
  const closesAt = dateOnly ? at + 24 * 60 * 60 * 1000 : at;
  const day = new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
  const closed = closesAt <= now.getTime();
  return { text: closed ? `Applications closed ${day}` : `Apply by ${day}`, closed };
}
