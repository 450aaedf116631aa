import type { Structure } from './sections';

const POSTING_PHRASES =
  /\b(we are (looking|seeking|hiring)|we're (looking|seeking|hiring)|you will|you'll|the ideal candidate|join (our|the) team|apply (now|today)|years of (professional |relevant |industry )?experience|responsibilities|qualifications|requirements|what you'll do|about the role|equal opportunity employer|full[\s-]time|salary range|compensation|job description)\b/gi;

/**
 * Whether plain text reads like a job posting: recognised section headings, experience asked,
 * posting phrases, and enough skills. Saved pages are judged by the page detector instead.
 */
export function looksLikePosting(text: string, structure: Structure, skillCount: number, yearsClaims: number): boolean {
  const headingKinds = new Set(structure.headings.map((h) => h.kind));
  let score = 0;
  if (headingKinds.has('required') || headingKinds.has('preferred')) score += 2;
  if (headingKinds.has('responsibilities')) score += 2;
  if (headingKinds.has('benefits')) score += 1;
  if (yearsClaims > 0) score += 2;
  // Three different posting phrases are all the score can use: stop looking once found.
  const phrases = new Set<string>();
  POSTING_PHRASES.lastIndex = 0;
  for (let m = POSTING_PHRASES.exec(text); m && phrases.size < 3; m = POSTING_PHRASES.exec(text)) phrases.add(m[0].toLowerCase());
  score += phrases.size;
  if (skillCount >= 3) score += 1;
  if (skillCount >= 8) score += 1;
  return score >= 5 && skillCount >= 2;
}
