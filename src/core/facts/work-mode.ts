/**
 * Remote, hybrid or on-site, and the kind of employment, from a posting's title, location and
 * text. Only phrases that state the arrangement count: "remote sensing", "hybrid cloud" and
 * "independent contractors are not eligible" say nothing about this job.
 */
import { lowerOf, lowerSource } from '../folded';
import type { EmploymentType, RemoteKind } from './types';

const HYBRID = /\bhybrid\b(?![- ](?:cloud|search|model|retrieval|approach|architecture|system|method|quantum|infrastructure|environment|deployment|vehicle|algorithm)s?)/i;
const REMOTE =
  /\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ](?:first|only|position|role|job|opportunity|eligible|friendly|based|work)\b|\(remote\)|\bremote\s*[-–(:]\s*(?:US|USA|United States|anywhere)\b|\blocation\s*:\s*remote\b|\bwork(?:ing)? (?:from home|remotely)\b|\bthis (?:is a )?remote\b/i;
const ONSITE = /\bon-?site\b(?! (?:interview|visit|support|meeting|event)s?)|\bin[- ]office\b|\bin[- ]person\b(?! (?:interview|event)s?)|\bin the office\b/i;

/**
 * Each pattern with the words (lower-case) one of which every match of it contains, and the same
 * pattern in lower case without the i flag: a search of the lower-cased text for the words skips
 * the pattern where it can't match, and where it may, it runs on the lower-cased text (as the
 * kinds of employment below do).
 */
type Mode = [pattern: RegExp, words: RegExp, lowerPattern: RegExp];
const mode = (re: RegExp, words: RegExp): Mode => [re, words, new RegExp(lowerSource(re), re.flags.replace('i', ''))];
const HYBRID_TEXT = mode(HYBRID, /hybrid/);
const REMOTE_TEXT = mode(REMOTE, /remote|from home/);
const ONSITE_TEXT = mode(ONSITE, /site|office|person/);

/** The title and location speak first: "Data Engineer (Remote)", "Austin, TX (Hybrid)". */
export function remoteFromText(header: string, text: string): RemoteKind | null {
  if (HYBRID.test(header)) return 'hybrid';
  if (/\bremote\b/i.test(header) || REMOTE.test(header)) return 'remote';
  if (ONSITE.test(header)) return 'onsite';
  const lower = lowerOf(text);
  // The lower-cased text reads the same where its offsets hold and no Kelvin sign (K) became a "k" the i flag wouldn't match.
  const onLower = lower.length === text.length && !text.includes('\u212a');
  const said = ([re, words, lowerRe]: Mode) => words.test(lower) && (onLower ? lowerRe.test(lower) : re.test(text));
  if (said(HYBRID_TEXT)) return 'hybrid';
  if (said(REMOTE_TEXT)) return 'remote';
  if (said(ONSITE_TEXT)) return 'onsite';
  return null;
}

/**
 * Each kind's pattern, with the words (lower-case) one of which every match contains, as a plain
 * pattern: most postings contain none of them, and one search of the lower-cased text says so,
 * where the pattern would be tried at every word of the text (and a search a word, at every
 * character once for each).
 */
const EMPLOYMENT_TEXT: Array<[RegExp, RegExp, EmploymentType]> = [
  [/\bcontract[- ]to[- ]hire\b|\bcontract (?:role|position|assignment|opportunity|basis)\b|\b(?:W2|1099|C2C|corp[- ]to[- ]corp)\b|\bduration\s*:\s*\d+\s*(?:months?|weeks?)\b|\b\d+[- ]month contract\b|\b(?:employment|job) type\s*:\s*contract/i, /contract|w2|1099|c2c|corp|duration/, 'contract'],
  [/\btemporary (?:role|position|assignment)\b|\b(?:employment|job) type\s*:\s*temp/i, /temp/, 'temporary'],
  [/\bpart[- ]time (?:role|position|job|basis|employee)\b|\b(?:employment|job) type\s*:\s*part[- ]time/i, /part[- ]time/, 'part-time'],
  [/\bfull[- ]time\b/i, /full[- ]time/, 'full-time'],
];

/** The same patterns in lower case without the i flag, for the lower-cased text: case-insensitive alternations are slow in V8. */
const EMPLOYMENT_LOWER: readonly RegExp[] = EMPLOYMENT_TEXT.map(([re]) => new RegExp(lowerSource(re), re.flags.replace('i', '')));

export function employmentFromText(title: string, text: string): EmploymentType | null {
  // An intern's title is the surest sign; the text's "internship program" could be a perk.
  if (/\b(?:intern|internship|co-?op)\b/i.test(title)) return 'internship';
  if (/\bcontract(?:or)?\b/i.test(title)) return 'contract';
  if (/\bpart[- ]time\b/i.test(title)) return 'part-time';
  const lower = lowerOf(text);
  // The lower-cased text reads the same where its offsets hold and no Kelvin sign (K) became a "k" the i flag wouldn't match.
  const onLower = lower.length === text.length && !text.includes('\u212a');
  for (let k = 0; k < EMPLOYMENT_TEXT.length; k++) {
    const [re, words, kind] = EMPLOYMENT_TEXT[k]!;
    if (words.test(lower) && (onLower ? EMPLOYMENT_LOWER[k]!.test(lower) : re.test(text))) return kind;
  }
  return null;
}
