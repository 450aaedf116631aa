/**
 * The facts of a posting beside its skills: pay, place, remote or not, kind of employment.
 * schema.org data (passed in by the page layer) wins over the site's markup, which wins over
 * the text.
 */
import { salaryFromText } from './salary';
import { employmentFromSchema, remoteFromSchema, salaryFromSchema } from './structured';
import type { PostingFacts, StructuredFacts } from './types';
import { employmentFromText, remoteFromText } from './work-mode';

export type { PostingFacts, Salary, PayPeriod, RemoteKind, EmploymentType, StructuredFacts } from './types';

export interface FactsInput {
  title: string | null;
  /** The place as the page states it (schema.org jobLocation, the site's header). */
  location?: string;
  text: string;
  structured?: StructuredFacts;
}

/** "Location: Austin, TX" or "📍 San Francisco, CA" in the text, when nothing else says where. */
function locationFromText(text: string): string | null {
  const head = text.slice(0, 4000);
  // Most texts name no location: a plain search says so without trying the pattern at every character.
  if (!head.includes('ocation') && !head.includes('OCATION') && !head.includes('📍')) return null;
  const m = /(?:(?:\b|(?<=[a-z]))(?:[Jj]ob )?[Ll]ocation\s*:|\bLOCATION\s*:|📍)\s*([^\n;|📍💵]{2,80})/u.exec(head);
  // Run-together text: the place ends at a sentence end or where the next heading is glued on ("…Remote)My client").
  const place = m?.[1]
    ?.split(/\.\s|(?<=[a-z)])(?=[A-Z][a-z])|\s{2,}/u)[0]
    ?.trim()
    .replace(/[\s,.(–-]+$/u, '');
  return place && /[A-Za-z]/.test(place) ? place : null;
}

export function postingFacts(input: FactsInput): PostingFacts {
  const { structured = {}, text } = input;
  const title = input.title ?? '';
  const location = input.location?.trim() || locationFromText(text);
  const header = `${title} ${location ?? ''}`;
  return {
    salary: salaryFromSchema(structured.baseSalary) ?? salaryFromText(text, location ?? undefined),
    location,
    remote: remoteFromSchema(structured.jobLocationType) ?? remoteFromText(header, text),
    employmentType: employmentFromSchema(structured.employmentType) ?? employmentFromText(title, text),
  };
}
