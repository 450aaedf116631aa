import { cueScanner, Hits } from './cue-scan';
import { BOILERPLATE } from './legal-notices';
import { phrases } from './lexicon/lexicon';
import { WORK_AIM_LIST } from './lexicon/work-aims';
import { BENEFIT_SENTENCE, COMPANY_VOICE } from './voice-and-perks';

/**
 * What a sentence says of the skills it names: that they are preferred ("…is a plus", "ideally"),
 * required ("must have", "at least") or not needed ("no prior experience required"). The cue
 * phrases, the scan that finds them all in one pass with those of the company's voice, the perks
 * and the legal text, and the reading of one sentence.
 */

export type SentenceCue = 'preferred' | 'required' | 'negated' | null;

/**
 * "The ideal candidate will have a strong background in machine learning and deep learning", "…will
 * have at least five years of experience developing, training, and deploying…": a wish only in
 * its wording; the readers of the four blind-labelled postings that say so (ml1000-88, 262, 281,
 * 489) listed what follows as required, while "will have industry experience working on a range
 * of…" and "should be familiar with…" stay the wish they labelled preferred.
 */
const HARD_BACKGROUND = String.raw`(?! (?:(?:have|possess|bring) (?:an? )?(?:strong|solid|deep|extensive) (?:background|foundation|experience|expertise)|have (?:at least|a minimum of|\d)))`;
/** How postings size a plus: "a huge plus", "a definite bonus" (the cues here, the spaced item ends of sentence-breaks.ts and "with X being a plus" in extract.ts share them). */
export const PLUS_SIZES: readonly string[] = ['big', 'huge', 'strong', 'major', 'great', 'definite', 'significant', 'nice'];
const SIZED = `(${PLUS_SIZES.map((w) => `${w} `).join('|')})?`;
/** What a duty wants of the work, after which "desired" asks nothing: "the desired performance" (lexicon/work-aims.ts). */
const DESIRED_OF_THE_WORK: readonly string[] = phrases(WORK_AIM_LIST);
// "We prefer to primarily use TypeScript" is the team's own practice, no preference asked of the
// candidate ("we prefer candidates with Go" is one).
// "The ideal candidate will have…" in running text is a wish, like "ideally": both labelled postings
// that say it (../shared/data/asked) list its skills as preferred. Not a list's lead-in ("The Ideal
// Candidate will have:5+ years…"), which heads the requirements, nor a hard background (HARD_BACKGROUND).
// "Experience in any of the following will make you stand out:" is a wish too, like the headings
// "What Makes You Stand Out" (src/core/lexicon/headings.ts): all five postings of 488 that say it
// list extras there.
export const PREFERRED_CUE = new RegExp(
  String.raw`\b(preferred|prefer(?! to (?:\w+ )?use\b)|nice[\s-]to[\s-]have|(is|are|would be|as|experience|knowledge|familiarity|exposure|background|expertise|skills) a ${SIZED}(plus|bonus|benefit)|pluses|(?<!being )a ${SIZED}plus\b|bonus points?|bonus (for|if)|ideally|desirable|desired(?! (?:${DESIRED_OF_THE_WORK.join('|')})\b)|advantageous|an? (added |additional |big |great |distinct |key |major )?advantage|an? (added|additional) (plus|bonus)|a bonus|would be (great|nice|helpful|ideal)|is helpful|are helpful|(knowledge|experience|familiarity|exposure) helpful|good to have|extra credit|not required,? but|optional|you (may|might|could) (also )?have|the ideal candidate (will|would|should|has|is)(?! (have|possess) ?:)${HARD_BACKGROUND}|ideal candidates (will|would|should|have|are)(?! (have|possess) ?:)${HARD_BACKGROUND}|(in|to|with) or (an? )?(keen |strong )?(interest|desire) (in|to)|(will|would|could|should) (make|help) you stand out)\b`,
  'i',
);
export const REQUIRED_CUE = /\b(required|requirements?|must[\s-]have|must be|you must|minimum|mandatory|essential|need to have|at least|will be crucial|(position|role|job) requires|(important|key|essential|required) skills include|candidates? should (be able to|have))\b/i;

const NEGATION_CUE =
  /\b((is|are)(n'?t| not) (required|necessary|needed|expected|a requirement)|not (required|necessary|needed|expected|a requirement)|(do|does|don'?t|doesn'?t|won'?t|will not|no) (not )?(need|require|expect)|no need (to|for)|no (prior |previous )?(experience|knowledge|background) (with|in|of)\b[^.]*\b(required|necessary|needed|expected)|without (any )?(prior )?(experience|knowledge))\b/i;


/** The cues a sentence is read for, all found in one scan of the text (cue-scan.ts). */
type CueName = 'preferred' | 'negated' | 'required' | 'notButNice' | 'boilerplate' | 'companyVoice' | 'benefit';

const NOT_REQUIRED_BUT = /\bnot (required|a requirement|necessary)\b[^.\n]*\bbut\b/i;

const CUES = cueScanner<CueName>([
  ['preferred', PREFERRED_CUE],
  ['negated', NEGATION_CUE],
  ['required', REQUIRED_CUE],
  ['notButNice', NOT_REQUIRED_BUT],
  ['boilerplate', BOILERPLATE],
  ['companyVoice', COMPANY_VOICE],
  ['benefit', BENEFIT_SENTENCE],
]);

/**
 * "…or transfer learning is preferredExperience with…": a cue glued to the next item has no word
 * boundary after it, so the combined scan misses it; the sentence split there, and it ends so.
 */
export const PREFERRED_AT_END_MAX = 200;
export const PREFERRED_AT_END = new RegExp(String.raw`\b(preferred|nice to have|desired|desirable|(knowledge|experience|familiarity|exposure|is|are|be) helpful|((is|are) |(?<!being ))an? ${SIZED}(plus|bonus))$`, 'i');

/**
 * "3+ years of experience in machine learning engineering, ideally in production environments",
 * "Proficient in scripting and automation, ideally Python": an "ideally" inside an ask prefers what
 * follows it (extract.ts reads it like "preferably"), not the ask before it; one that opens the
 * sentence ("Ideally you have experience in…") prefers the whole of it.
 */
const IDEALLY_INSIDE = /(?<=\w[^]*)\bideally\b/gi;
function idealOnlyInside(body: string): boolean {
  if (!/ideally/i.test(body)) return false;
  IDEALLY_INSIDE.lastIndex = 0;
  if (!IDEALLY_INSIDE.test(body)) return false;
  const rest = body.replace(IDEALLY_INSIDE, ' ');
  return !PREFERRED_CUE.test(rest) && !PREFERRED_AT_END.test(rest);
}

/** Where each cue occurs in the text: read once a posting, asked by every sentence. */
export type SentenceCues = Hits<CueName>;
export const sentenceCues = (text: string): SentenceCues => new Hits(text, CUES);

/**
 * What the sentence start..end (its text `body`) says of the skills in it: preferred, required,
 * negated, or nothing. `asksFor`: worded as an ask of the candidate (candidate-asks.ts), required
 * unless a cue says otherwise; `preferable` false reads it as if it said no preference (the
 * preference's scope is read apart: preference-scope.ts).
 */
export function cueOf(cues: SentenceCues, start: number, end: number, asksFor: boolean, body: string, preferable = true): SentenceCue {
  // Only a short item: a list run together into one long line may end with another item's cue.
  const preferred =
    preferable && (cues.within('preferred', start, end) || (end - start <= PREFERRED_AT_END_MAX && PREFERRED_AT_END.test(body))) && !idealOnlyInside(body);
  // "Not required, but would be nice" is a preference, not a negation.
  if (preferred && cues.within('notButNice', start, end)) return 'preferred';
  if (cues.within('negated', start, end)) return 'negated';
  if (preferred) return 'preferred';
  if (asksFor || cues.within('required', start, end)) return 'required';
  return null;
}
