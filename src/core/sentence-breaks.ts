import { isDigit, isLower, isSpace, isUpper, smallRunStart, wordOfSmallLetters } from './char-codes';
import { yearsAt } from './headings';
import { ITEM_OPENERS } from './run-together';
import { PLUS_SIZES } from './sentence-cues';

/**
 * Where a posting's sentences end, list items included: at line breaks, bullets and full stops,
 * and where a scrape lost the line breaks, at the join of one item's last word and the next
 * item's opener ("teamAbility to…", "…large datasets Experience with…", "…is a plusBroad…"), and
 * inside a long run-on list at the next item's opener.
 */

/** A bracket that holds only a preference: "(Bonus)", "(Optional)", "(Nice to have)". */
const PLUS_BRACKET = String.raw`\(\s*(?:(?:strongly|highly) )?(?:bonus|optional|plus|a plus|preferred|desired|desirable|nice[\s-]to[\s-]have)\s*\)`;
/** An item that opens on one, "(Bonus) Experience with Spark" (sentenceBreaks puts a glued one there), is the preference: analyzeStructure reads it so. */
const LEADING_PLUS = new RegExp(String.raw`^[^\w(]*${PLUS_BRACKET}`, 'i');
export const opensOnPlusBracket = (body: string): boolean => LEADING_PLUS.test(body);
/**
 * The same bracket glued to the item before it and followed by the next item's capital, where a
 * scrape lost the line break: "…Theano, DyLib)(Bonus) Experience with big data…", "…or Operations
 * Research(Optional) Experience in marketing science…". Not after a space: "Experience with climate
 * modeling (preferred)" closes its own item.
 */
const PLUS_BRACKET_AT = new RegExp(PLUS_BRACKET, 'iy');
function gluedPlusAt(text: string, i: number): boolean {
  PLUS_BRACKET_AT.lastIndex = i;
  if (!PLUS_BRACKET_AT.test(text)) return false;
  let j = PLUS_BRACKET_AT.lastIndex;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j < text.length && isUpper(text.charCodeAt(j));
}

const OPENERS: ReadonlySet<string> = new Set(ITEM_OPENERS);
/**
 * Capitalised words that open a qualification and hardly ever stand capitalised inside one
 * ("Experience with…", "Strong…", "Proven…"): where a list whose line breaks were lost starts
 * its next item, after a run of text (runOnItem: also "Hands-on", "Prior"…), one space
 * (spacedOpener: also "Bachelor", "Minimum"…) or an acronym ("…on GPU/TPUFamiliarity with…").
 * Every one is also a lexicon item opener (lexicon/item-openers.ts), and the run-on extras but
 * "Hands-on" are item openers or, "Candidates", a sentence opener; written out here because
 * reading them from the lexicon grew the zip (0.07 kB, branch lexicon-b-qualification-openers).
 */
const QUALIFICATION_OPENERS: readonly string[] = ['Ability', 'Demonstrated', 'Excellent', 'Experience', 'Expertise', 'Familiarity', 'Knowledge', 'Proficiency', 'Proficient', 'Proven', 'Solid', 'Strong', 'Understanding', 'Willingness'];
const QUALIFICATION_OPENER_SET: ReadonlySet<string> = new Set(QUALIFICATION_OPENERS);

/**
 * Where sentences end: line breaks, bullets, and . ! ? ; followed by a space or a capital
 * ("time.What"), but not the dots of "U.S."; and, for text whose line breaks were lost, the
 * join of a word and a capitalised word that typically opens a list item ("teamAbility to…",
 * "Science3+ years"). Returns [end of this sentence, start of the next] pairs.
 */
export function sentenceBreaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Small letters and spaces, most of any text, end nothing: one test instead of the chain below.
    if (isLower(c) || c === 32) continue;
    if (c === 10 || c === 0x2022) {
      out.push([i, i + 1]);
    } else if (c === 46 /* . */ || c === 33 || c === 63 || c === 59) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      // A semicolon also where a scrape glued the next item to it ("…computing;software engineering…").
      if (!(isSpace(next) || next === 10 || isUpper(next) || next === 0x2022 || (c === 59 && isLower(next)))) continue;
      // An initial ("U.S.", "John R. Smith") ends nothing, unless an item's opener is glued to it:
      // "…languages like Python and R.Experience with NLP…".
      if (c === 46 && i > 0 && isUpper(text.charCodeAt(i - 1)) && (i < 2 || isSpace(text.charCodeAt(i - 2)) || text.charCodeAt(i - 2) === 46) && !openerAt(text, i + 1)) continue;
      // "e.g.", "i.e.": the examples go on in the same sentence.
      if (c === 46 && i > 1 && isLower(text.charCodeAt(i - 1)) && text.charCodeAt(i - 2) === 46) continue;
      // An HTML entity a scrape left escaped ("search &amp; recommender systems"): its semicolon ends nothing.
      if (c === 59 && endsEntity(text, i)) continue;
      out.push([i + 1, i + 1]);
    } else if (isUpper(c) && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (isLower(p) || isDigit(p) || p === 37 || p === 41) {
        if (OPENERS.has(capitalisedWord(text, i)) || (isLower(p) && (endsOnPreference(text, i) || gluedSubheading(text, i) || gluedDegree(text, i)))) out.push([i, i]);
        else if (p === 41 && text.startsWith('In-depth', i)) out.push([i, i]);
      } else if (isUpper(p) && i > 1 && isUpper(text.charCodeAt(i - 2))) {
        // An acronym that ended the last item: "…on GPU/TPUFamiliarity with…" (not "MLOps", "GitHub").
        if (QUALIFICATION_OPENER_SET.has(capitalisedWord(text, i))) out.push([i, i]);
      } else if (isSpace(p) && i > 2 && isSpace(text.charCodeAt(i - 2)) && isWordEnd(text.charCodeAt(precedingNonSpace(text, i)))) {
        // Two spaces or more before a capital: where a scrape left a line break ("…EC2  Experience with…").
        out.push([precedingNonSpace(text, i) + 1, i]);
      } else if (p === 32 && i > 1 && (isLower(text.charCodeAt(i - 2)) || isDigit(text.charCodeAt(i - 2)))) {
        // One space where a scrape lost the line break: "…large datasets Experience with…", "…or SQL a plus Proficiency with…".
        if (endsOnPreference(text, i - 1, true) || spacedOpener(text, i)) out.push([i - 1, i]);
      }
    } else if (c === 40 /* ( */ && i > 0 && !isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 10 && gluedPlusAt(text, i)) {
      out.push([i, i]);
    } else if (isDigit(c) && i >= 4 && isLower(text.charCodeAt(i - 1))) {
      let j = i - 1;
      while (j >= 0 && isLower(text.charCodeAt(j))) j--;
      if (j >= 0 && i - j - 1 >= 3 && isUpper(text.charCodeAt(j))) out.push([i, i]);
      else if (yearsAt(text, i)) out.push([i, i]);
    } else if (isDigit(c) && i >= 2 && isUpper(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i - 2)) && yearsAt(text, i)) {
      // "…especially AWS2+ years of hands-on experience…": a name's digits are no count of years.
      out.push([i, i]);
    }
  }
  return out;
}

/** Where the run of spaces before i starts, less one: the last character that is no space. */
function precedingNonSpace(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j;
}
/** A word's last character (not a full stop's, whose own rule decides: "U.S.  Citizenship"). */
const isWordEnd = (c: number) => isLower(c) || isUpper(c) || isDigit(c) || c === 41;

/** The semicolon at i closes an HTML entity: "&amp;", "&#39;", "&#x27;". */
function endsEntity(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 8 && isEntityChar(text.charCodeAt(j))) j--;
  return j >= 0 && j < i - 1 && text.charCodeAt(j) === 38;
}
/** A letter, digit or "#" of an entity's name. */
const isEntityChar = (c: number) => isUpper(c) || isLower(c) || isDigit(c) || c === 35;

/** A capitalised opener of items starts at i ("Experience", not "Ex" of a name). */
function openerAt(text: string, i: number): boolean {
  return i < text.length && isUpper(text.charCodeAt(i)) && OPENERS.has(capitalisedWord(text, i));
}

/** The letter at i and the small letters after it: the whole word, to compare with a list ("Experience" in "ExperienceWith…"). */
function capitalisedWord(text: string, i: number): string {
  let j = i + 1;
  while (j < text.length && isLower(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** "…data processing pipelinesMS/PhD in Computer Science…": a degree glued to the last item's last word. */
function gluedDegree(text: string, i: number): boolean {
  return wordOfSmallLetters(text, i) && GLUED_DEGREE.test(text.slice(i, i + 8));
}
const GLUED_DEGREE = /^(?:MS|BS|MSc|BSc|PhD|Ph\.D|M\.S|B\.S|MBA)(?=[\s/,.'’(]|$)/;

/** "…user-driven model improvementRPA:Familiarity with…": a short subheading with its colon, glued to the last item. */
function gluedSubheading(text: string, i: number): boolean {
  // The small letters before it are a whole word ("improvementRPA"), not a name's ("InTune").
  if (!wordOfSmallLetters(text, i)) return false;
  const colon = text.slice(i, i + 31).indexOf(':') + i;
  if (colon < i) return false;
  const head = text.slice(i, colon);
  // An acronym of three capitals or more ("RPA:", not "macOS:") or a capitalised word and up to three more ("Measuring with metrics:"): not a
  // product's name ("InTune:") nor a link's "https:".
  return /^(?:[A-Z]{3,}|[A-Z][a-z]+(?: (?:&|[A-Za-z][a-z]+)){0,3})$/.test(head) && text.charCodeAt(colon + 1) !== 47;
}

/** Words a preference ends on: "…Spark or PySpark experience is a strong plusBroad and general…". */
const PREFERENCE_ENDS: ReadonlySet<string> = new Set(['plus', 'bonus', 'advantage', 'preferred', 'desired', 'desirable', 'advantageous']);

/** A line break turned into a space before a qualification's opener ("…on large datasets Experience with text analysis…"); not after a word that leads on ("years of Experience", "a Strong…"). */
const SPACED_OPENERS: ReadonlySet<string> = new Set([...QUALIFICATION_OPENERS, 'Bachelor', 'Exceptional', 'Minimum']);
const LEADS_ON: ReadonlySet<string> = new Set('a an and of or in with the to for your our their relevant related'.split(' '));

function spacedOpener(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && isLower(text.charCodeAt(j))) j++;
  if (j < text.length && isUpper(text.charCodeAt(j))) return false;
  if (!SPACED_OPENERS.has(text.slice(i, j))) return false;
  return !LEADS_ON.has(text.slice(smallRunStart(text, i - 1), i - 1));
}

/** What stands before "plus", "bonus" or "advantage" when they end a preference: "a plus", "a huge plus", "an added advantage". */
const PREFERENCE_NOUN_LEADS: ReadonlySet<string> = new Set(['a', 'an', ...PLUS_SIZES, 'added', 'additional', 'key', 'real', 'distinct']);

/**
 * The small-letter word ending at i is a preference's last word and the next item's capital
 * follows: glued ("…is a strong plusBroad…"), or after one space where a scrape turned the line
 * break into a space (`spaced`: "…or SQL a plus Proficiency with…"), which only a noun's lead
 * tells from "SQL plus Python".
 */
function endsOnPreference(text: string, i: number, spaced = false): boolean {
  const from = smallRunStart(text, i);
  const word = text.slice(from, i);
  if (word.length < 4 || !PREFERENCE_ENDS.has(word)) return false;
  if (!spaced || word.startsWith('prefer') || word.startsWith('desir')) return true;
  return text.charCodeAt(from - 1) === 32 && PREFERENCE_NOUN_LEADS.has(text.slice(smallRunStart(text, from - 1), from - 1));
}

/**
 * A list whose items lost their line breaks and full stops reads as one long sentence: "…(U.S.
 * Citizenship required). Active TS/SCI clearance strongly preferred Familiarity with current
 * research… Experience with one or more programming languages: C/C++, Python Practical experience
 * with Keras…". In a sentence that long, a word that opens a requirement, capitalised after a
 * small word and a space, starts the next item: a cue ("strongly preferred") then covers its own
 * item, not the ones after it. Only these words: others ("Deep", "Advanced", "Key") begin the
 * Title Case names of skills as often ("experience in Deep Learning").
 */
const RUN_ON_MIN = 200;
const RUN_ON_OPENER = new RegExp(` (?:${[...QUALIFICATION_OPENERS, 'Hands-on', 'Practical', 'Prior', 'Comfortable', 'Familiar', 'Candidates'].join('|')})\\b`, 'g');

function runOnItem(text: string, from: number, end: number): number {
  // Searched within the sentence only: a search of the whole text from here would read past its
  // end, sentence after sentence, wherever no opener follows.
  const within = text.slice(from - 1, end);
  RUN_ON_OPENER.lastIndex = 0;
  for (let m = RUN_ON_OPENER.exec(within); m && from - 1 + m.index < end - 10; m = RUN_ON_OPENER.exec(within)) {
    if (m.index > 0 && /[a-z0-9)%]/.test(within[m.index - 1]!)) return from - 1 + m.index + 1;
  }
  return -1;
}

/** Where the next item of a long sentence (a list run together) starts, or -1: the cut runOnItem finds, in a sentence over RUN_ON_MIN. */
export function runOnItemStart(text: string, start: number, end: number): number {
  return end - start > RUN_ON_MIN ? runOnItem(text, start + 20, end) : -1;
}
