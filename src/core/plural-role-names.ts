import { LEAD_WORDS } from './names-others';
import type { RoleName } from './role-name-index';
import { firstWord, wordsBefore } from './role-name-tokens';
import type { Tokens } from './tokenize';

/**
 * Role names in the plural ("Machine Learning Engineers"): how they are matched against the
 * singular names of the index, and when one is the job rather than colleagues ("We are seeking
 * Data Scientists" against "work with data scientists").
 */

/** Is `word` the plural of `one` ("engineers", "engineer")? Without building the plural: names are compared 1,000s of times a posting. */
export function isPluralOf(word: string, one: string): boolean {
  return word.length === one.length + 1 && word.charCodeAt(one.length) === 115 && word.startsWith(one);
}

/** The names going on with a plural's singular ("Data Scientists"): a two-word name's last word may be plural (hiresMany). */
export function pluralOf(bySecond: ReadonlyMap<string, RoleName[]>, word: string): RoleName[] | undefined {
  return word.length > 2 && word.charCodeAt(word.length - 1) === 115 ? bySecond.get(word.slice(0, -1)) : undefined;
}

/** Verbs that say the employer is hiring: "we are seeking", "is hiring", "are recruiting". */
const HIRING_VERBS: ReadonlySet<string> = new Set(['seeking', 'hiring', 'recruiting']);
/** What says the employer is the one hiring ("we are", "Meta is", "we're currently"): not "experience hiring engineers". */
const HIRING_SUBJECTS: ReadonlySet<string> = new Set(['are', 'is', 're', 'currently', 'now', 'actively']);
/** Words a hiring phrase may put between its verb and the job: "talented", "highly motivated", "experienced". */
const HIRING_MODIFIERS = 2;

/**
 * Is a plural job name after these words (nearest first, wordsBefore) the job itself, for
 * several hires: "We are seeking Machine Learning Engineers", "we're looking for talented ML
 * engineers", "Acme is hiring Data Scientists". Elsewhere a plural names colleagues ("work with
 * data scientists"), and "experience hiring Machine Learning Engineers" is a manager's.
 */
function hiresMany(preceding: readonly string[]): boolean {
  let k = 0;
  while (k < HIRING_MODIFIERS && k < preceding.length && !HIRING_VERBS.has(preceding[k]!) && preceding[k] !== 'for' && !LEAD_WORDS.has(preceding[k]!)) k++;
  let verb = k;
  if (preceding[k] === 'for' && (preceding[k + 1] === 'looking' || preceding[k + 1] === 'search')) verb = k + 1;
  else if (!HIRING_VERBS.has(preceding[k] ?? '')) return false;
  const subject = preceding[verb + 1];
  return subject !== undefined && HIRING_SUBJECTS.has(subject);
}

/**
 * Is the plural name starting at token i the job? Only where the employer says it hires several,
 * or as the text's first words, its heading ("Machine Learning EngineersLocation: Austin, TX");
 * elsewhere it names colleagues ("work with data scientists") and is no name at all.
 */
export function pluralIsTheJob(tokens: Tokens, i: number): boolean {
  // The modifiers, the verb ("for" and "looking" or "search" as well) and its subject.
  return firstWord(tokens) === i || hiresMany(wordsBefore(tokens, i, HIRING_MODIFIERS + 3));
}
