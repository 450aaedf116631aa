import { isWordChar } from './char-codes';
import { PREFERRED_AT_END, PREFERRED_AT_END_MAX, PREFERRED_CUE, REQUIRED_CUE } from './sentence-cues';

/**
 * How much of a sentence its preference covers, when that is less than the whole: the words in
 * brackets ("cloud computing (GCP preferred)"), an aside set off by commas ("…, Neo4j preferred,
 * …"), the last clause or the last item of a list run together ("…, experience from the ML
 * domain is advantageous"), or the items after a colon it leads in.
 */

const BRACKETS = /\([^()]*\)/g;

/** The body with its brackets blanked: what the sentence says outside them. */
export const withoutBrackets = (body: string): string => body.replace(BRACKETS, ' ');

/** "Experience with cloud computing (GCP preferred)": the brackets prefer GCP, the sentence still asks. */
export const preferredOnlyInBrackets = (body: string): boolean =>
  body.includes('(') && !PREFERRED_CUE.test(withoutBrackets(body)) && !PREFERRED_AT_END.test(body);

/** A preference that ends a sentence, its last item's own: "…retrain exposure is an added advantage". */
const PREFERENCE_CLOSES = new RegExp(String.raw`(?:${PREFERRED_AT_END.source.slice(0, -1)}|\ban? (?:added |additional |big |great |distinct |key |major )?advantage|\badvantageous)\W*$`, 'i');
const REQUIRED_ALL = new RegExp(REQUIRED_CUE.source, 'gi');
/** The words every PREFERENCE_CLOSES match ends on. */
const PREFERENCE_CLOSE_WORDS: ReadonlySet<string> = new Set(['preferred', 'have', 'desired', 'desirable', 'helpful', 'plus', 'bonus', 'advantage', 'advantageous']);
/** Room before a body's last word for any PREFERENCE_CLOSES match ("are a significant bonus"), its look-behind ("being ") and word boundary. */
const PREFERENCE_CLOSE_ROOM = 64;

/**
 * PREFERENCE_CLOSES.test(body), cheaper: unanchored at its start, the pattern was tried at every
 * position of every sentence (about 2 % of an analysis, issue 9). A match ends on one of a few
 * words followed by non-word characters only, so a sentence whose last word is none of them has
 * none, and one that does has it within the room before that word: same answer.
 */
function closesOnPreference(body: string): boolean {
  let end = body.length;
  while (end > 0 && !isWordChar(body.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(body.charCodeAt(start - 1))) start--;
  if (!PREFERENCE_CLOSE_WORDS.has(body.slice(start, end).toLowerCase())) return false;
  return PREFERENCE_CLOSES.test(start > PREFERENCE_CLOSE_ROOM ? body.slice(start - PREFERENCE_CLOSE_ROOM) : body);
}

const PREFERRED_ALL = new RegExp(PREFERRED_CUE.source, 'gi');

/**
 * "Experience in building Kubernetes stacks, experience from the ML or Data domain is
 * advantageous": a last clause that opens on a qualification ("experience", "knowledge"…) and
 * ends on the preference is its subject; the clauses before it still ask. "…, and familiarity
 * with X are a plus" prefers the whole list.
 */
const PREFERRED_CLAUSE = /,\s*(?:and\s+)?(?:(?:some|any|prior|hands-on)\s+)?(?:experience|knowledge|familiarity|exposure|proficiency|background)\b[^,;:]*$/i;
const PLURAL_PREFERENCE = /\bare\b[^,]*$/i;

/**
 * Where in a sentence's body a preference it ends on starts to cover, or -1 when it covers the
 * whole sentence (or there is none). A list run together into one long line ("…hidden layers
 * that are required for LLM model re training MLOps with enterprise scale AI model management
 * exposure and existing model retrain exposure is an added advantage") holds the asks of several
 * items: the preference at its end reaches back to the last requirement before it. In any
 * sentence, a last clause that is the preference's subject (PREFERRED_CLAUSE) is its reach. A
 * preference said before that point covers the sentence as before.
 */
export function preferenceReach(body: string): number {
  if (!closesOnPreference(body)) return -1;
  let reach = -1;
  if (body.length > PREFERRED_AT_END_MAX) {
    REQUIRED_ALL.lastIndex = 0;
    for (let m = REQUIRED_ALL.exec(body); m; m = REQUIRED_ALL.exec(body)) reach = m.index + m[0].length;
  }
  if (reach < 0) {
    const clause = PREFERRED_CLAUSE.exec(body);
    if (clause && !PLURAL_PREFERENCE.test(clause[0])) reach = clause.index + 1;
  }
  if (reach < 0) return -1;
  PREFERRED_ALL.lastIndex = 0;
  for (let m = PREFERRED_ALL.exec(body); m; m = PREFERRED_ALL.exec(body)) if (m.index < reach) return -1;
  return reach;
}

/**
 * "Expertise in graph databases, Neo4j preferred, and their query languages (e.g., Cypher)": a
 * preference set off by commas, like one in brackets ("(Neo4j preferred)"), covers its own few
 * words; the sentence around it asks. Where the aside is in the body, or null when it isn't so or
 * the sentence says a preference elsewhere too.
 */
const PREFERRED_ASIDE = /, ((?:[\w.+#/-]+ ){0,3}[\w.+#/-]+) (?:preferred|desired),/i;

export function preferredAside(body: string): readonly [number, number] | null {
  const m = PREFERRED_ASIDE.exec(body);
  if (!m) return null;
  const rest = body.slice(0, m.index) + body.slice(m.index + m[0].length - 1);
  return PREFERRED_CUE.test(rest) || PREFERRED_AT_END.test(rest) ? null : [m.index, m.index + m[0].length];
}

/** The preference is said before the sentence's colon: "Ideally >1 years…, with exposure to:scaling…;". */
export function leadsInPreference(body: string): boolean {
  const colon = body.indexOf(':');
  return colon > 0 && PREFERRED_CUE.test(body.slice(0, colon));
}
