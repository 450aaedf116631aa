import type { Hits } from './cue-scan';
import type { SectionKind } from './types';

/**
 * Sentences that are the company's or the perks' whatever heading they stand under: the company
 * speaking of itself ("At TikTok, our mission is…", "We work at the frontier of AI…"), its legal
 * text, and pay and benefits. Their phrases are scanned with the other cues (sentence-cues.ts).
 */

/**
 * The company speaking of itself: "At TikTok, our mission is to inspire creativity", "X is the
 * leading destination for…", "…is committed to creating an inclusive space". Only short
 * sentences count: a list run together into one long line may hold such a phrase and the asks.
 */
export const COMPANY_VOICE =
  /\b(our mission is|we(?: are|'re|’re) on a (mission|journey)|(is|are) committed to|(is|as) (the|a) (leading|global leader)|is one of the (largest|leading|fastest[\s-]growing)|one of the world['’]s|(is|are) headquartered in|was founded in|builds the world['’]s|at [\w&.'’ -]{2,40}, we\b|our (solutions|products|platform|clients|customers|users|open[\s-]source|libraries|client|projects) [a-z]|['’]s (solutions|products|platform|customers|users|daily active users)\b|our (research|work) (spans|covers|includes)|we(?: are|'re|’re) an? [\w ,&-]{0,40}(?:company|startup|firm)\b|examples of our|our goal is|learn more about|join our team and|we are (developing|building|pushing)|we (embrace|foster|promote|value|build|cultivate|celebrate|strive for|are|have) a culture)/i;
/** Only a sentence this short is the company's for a phrase of its voice anywhere in it. */
const COMPANY_VOICE_MAX = 240;
/** A sentence that opens in the company's voice may run longer: its first words say whose it is. */
const COMPANY_VOICE_OPENING_MAX = 400;
/** The voice opens it when it starts within a bullet's width of the sentence's start. */
const VOICE_OPENS_WITHIN = 3;
/** The company speaks of itself, not of "you". */
const SECOND_PERSON = /\byou(?:'re|’re|'ll|’ll)?\b/i;
/**
 * "We have several open positions within the personalization, search, and recommendations space",
 * "We work at the frontier of AI and software engineering", "We are leading the way with AI-assisted
 * workflows…": a sentence whose subject is the employer, in any section, says what it does or has,
 * unless it speaks of the candidate or of what it looks for.
 */
const WE_VOICE = /^[\W\d]*we (?:have|are|work)\b(?!.*\b(?:candidates?|someone|people|prefer(?:ence|red)?|experience (?:with|in)|looking|seeking|hiring|searching|in search of|open to|expect|require[sd]?|need)\b)/i;
/** A count of years asks, in a sentence that reads like the company's or like a perk: "3+ years building pension fund models". */
const YEARS_ASKED = /\b\d{1,2}\s*\+?\s*(?:years?|yrs?)\b/i;

/** Sentences about pay and perks belong to the benefits whatever heading they sit under. */
export const BENEFIT_SENTENCE =
  /(\$\s?\d|\b(salary|compensation|pay range|base pay|hourly rate|401\(?k\)?|equity|stock options|paid time off|PTO|parental leave|health (insurance|care|benefits)|private health ?care|dental|vision insurance|wellness|bonus(es)? (program|eligible)|benefits package|(company|workplace) pension|pension (scheme|plan|contributions?|matching)|\d+ days (of )?annual leave|days of (paid )?(holiday|vacation)|holiday allowance|relocation (assistance|package|support)|(free|paid) [a-z]+ (language )?(lessons|courses)|gym membership)\b)/i;

/**
 * The sentence's own kind whatever its heading: 'company' for the company's voice and its legal
 * text, 'benefits' for pay and perks, null when the section's kind holds. `asksFor`: the sentence
 * is worded as an ask of the candidate (candidate-asks.ts).
 */
export function voiceOrPerkKind(
  cues: Pick<Hits<'boilerplate' | 'companyVoice' | 'benefit'>, 'within' | 'firstWithin'>,
  start: number,
  end: number,
  body: string,
  section: SectionKind,
  asksFor: boolean,
): SectionKind | null {
  const short = end - start < COMPANY_VOICE_MAX;
  // What the employer says of itself under "Why join us?" stays what the job offers.
  const voiceAt = cues.firstWithin('companyVoice', start, end);
  // "Examples of our team's work include TikTok video editor, AI-powered smart video generation
  // (…), and …": a sentence that opens in the company's voice is its own, brackets and all.
  const opensInVoice = voiceAt >= 0 && voiceAt - start <= VOICE_OPENS_WITHIN && end - start < COMPANY_VOICE_OPENING_MAX;
  const voice = opensInVoice || (short && (voiceAt >= 0 || (section !== 'benefits' && WE_VOICE.test(body))));
  const benefit = short && cues.within('benefit', start, end);
  // "3+ years building pension fund models", "You are committed to clean code": asks, whatever
  // words they share with benefits or with the company's voice.
  const asks = (voice || benefit) && (asksFor || YEARS_ASKED.test(body));
  return cues.within('boilerplate', start, end) || (voice && !asks && !SECOND_PERSON.test(body)) ? 'company' : benefit && !asks ? 'benefits' : null;
}
