import { isDigit, isLower, isUpper } from './char-codes';
import { HEADING_LEADS } from './heading-leads';
import { headingKind } from './headings';

/**
 * The employer as the posting names itself, when the page gave no company: "At Hugging Face,
 * we're on a journey…", "About Meta:", "Moloco is an equal opportunity employer", "About
 * AnthropicAnthropic’s mission is…", "XPENG is a leading smart technology company". Found from a
 * few fixed words with indexOf (no pattern over the whole text): postings name their employer
 * in these ways far more often than in any other.
 */
export function employerNames(text: string): string[] {
  const names = new Set<string>();
  const add = (name: string | null) => {
    if (name) names.add(name);
  };
  // "At Hugging Face, we…", "At Cerebras we have built…"; and "Be Your Best At SnorkelSnorkel AI is on…".
  for (let at = text.indexOf('At '); at >= 0; at = text.indexOf('At ', at + 3)) {
    add(repeatedNameAt(text, at + 3));
    if (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!)) continue;
    add(nameSpeaking(text, at + 3));
  }
  // "About Meta:" (a heading that may be glued to the text before it: "…and TFAbout Meta:"), or
  // on a line of its own ("About Salesforce" then a line break). A heading naming the employer
  // may also run into a sentence that opens with the name again, the line break between them
  // lost: "About AnthropicAnthropic’s mission", "About Together AITogether AI is", and after
  // "at": "Life at UnityUnity [NYSE: U] is", "Equal Opportunity at SentrySentry is".
  for (let at = text.indexOf('About '); at >= 0; at = text.indexOf('About ', at + 6)) {
    const name = nameAt(text, at + 6);
    const after = at + 6 + (name?.length ?? 0);
    if (name && (text[after] === ':' || after === text.length || /^[ \t]*\r?\n/.test(text.slice(after, after + 4)))) names.add(name);
    add(repeatedNameAt(text, at + 6));
  }
  const [atPlaces, isPlaces, ...subjectPlaces] = phrasePlaces(text);
  for (const at of atPlaces!) {
    add(repeatedNameAt(text, at + 4));
    // "Here at AWS, it’s in our nature to learn", "Here at Zest AI, we prioritize…": as "At X, we".
    if (HERE.test(text.slice(Math.max(0, at - 4), at))) add(nameSpeaking(text, at + 4));
  }
  // The employer as the subject of its blurb's sentences: "Tagup is an equal opportunity
  // employer", "Unity is a proud equal opportunity employer", "XPENG is a leading smart technology
  // company" (a kind of organisation must follow: "Python is a plus" names no employer), "Zest AI
  // is committed to…"; then "Anthropic’s mission is", "Nuro exists to", "Zest AI was founded".
  // One search for " is " serves the phrases that start so.
  for (const at of isPlaces!) {
    // "Splunk, a Cisco company, is building…": the name opens the sentence before its description.
    const described = describedNameEnd(text, at);
    if (described >= 0) add(nameBefore(text, described, true));
    const rest = text.slice(at + 4, at + 40);
    if (EQUAL_OPPORTUNITY.test(rest)) add(nameBefore(text, at, false));
    else if (IS_A.test(rest)) {
      if (namesAnOrganisation(text, at + 4 + IS_A.exec(rest)![0].length)) add(nameBefore(text, at, true));
    } else if (IS_ITSELF.test(rest)) add(nameBefore(text, at, true));
  }
  SUBJECT_PHRASES.forEach((phrase, k) => {
    for (const at of subjectPlaces[k]!) {
      // "Anthropic’s mission": the name ends before the apostrophe.
      const end = phrase.startsWith('s ') ? at - 1 : at;
      if (!phrase.startsWith('s ') || /['’]/.test(text[end] ?? '')) add(nameBefore(text, end, true));
    }
  });
  // A footer's field: "Company - Amazon Web Services, Inc.Job ID: A2918741".
  // The field after it may be glued on ("…LLCJob ID"): the name ends before it.
  for (let at = text.indexOf(COMPANY_FIELD); at >= 0; at = text.indexOf(COMPANY_FIELD, at + COMPANY_FIELD.length)) {
    const from = at + COMPANY_FIELD.length;
    add(nameAt(text.slice(from, footerFieldEnd(text, from)), 0));
  }
  // "We’re Salesforce, the Customer Company".
  for (let at = text.indexOf('We'); at >= 0; at = text.indexOf('We', at + 2)) {
    const lead = /^We(?:['’]re| are) /.exec(text.slice(at, at + 8));
    if (!lead) continue;
    const from = at + lead[0].length;
    const name = nameAt(text, from);
    if (name && /^, (?:the|a|an) /.test(text.slice(from + name.length, from + name.length + 6))) names.add(name);
  }
  return [...names];
}

/** The four letters before " at " that make it "Here at". */
const HERE = /^[Hh]ere$/;
/** A footer's company field, before the name. */
const COMPANY_FIELD = 'Company - ';

/** Where the footer's company field ends: at the "Job ID" field after it (glued or not), else a name's reach further. */
function footerFieldEnd(text: string, from: number): number {
  const job = text.indexOf('Job ID', from);
  return job >= 0 && job - from <= 60 ? job : from + 60;
}

/** What the employer says of itself right after its name: "At Hugging Face, we…", "Here at AWS, it’s in our nature…". */
const SPEAKS_AFTER = /^,?\s(?:we|our|we['’]re|we['’]ve|it['’]s)\b/;

/** The name at `from` when the employer goes on to speak of itself (SPEAKS_AFTER), else null. */
function nameSpeaking(text: string, from: number): string | null {
  const name = nameAt(text, from);
  return name && SPEAKS_AFTER.test(text.slice(from + name.length, from + name.length + 8)) ? name : null;
}

/** After " is ": "an equal opportunity", "a proud equal opportunity", "an Equal Opportunity". */
const EQUAL_OPPORTUNITY = /^(?:an|a proud) (?:equal opportunity|Equal Opportunity)/;
const IS_A = /^(?:a|an|the) /;
/** After " is ": the company speaking of itself ("is committed to", "is headquartered in"). */
const IS_ITSELF = /^(?:committed to |headquartered)/;
const SUBJECT_PHRASES = ['s mission', 's vision', ' exists to ', ' was founded'];
/** The phrases phrasePlaces finds in one pass: " at ", " is ", then the subject phrases. */
const SPACED_PHRASES = [' at ', ' is ', ...SUBJECT_PHRASES];
/** Any of them, as one pattern (they are letters and spaces only). */
const SPACED_PHRASE = new RegExp(SPACED_PHRASES.join('|'), 'g');

/**
 * Where each phrase occurs, as a search for it with indexOf from the end of the last one would
 * find it (in order, none overlapping another of the same phrase), for all of them in one pass of
 * one pattern: six searches of the whole text for words that start with a space or an "s" took
 * three times as long. The pattern goes on from the character after each place, so that places of
 * different phrases that overlap (" is at ") are all found.
 */
function phrasePlaces(text: string): number[][] {
  const phrases = SPACED_PHRASES;
  const out = phrases.map((): number[] => []);
  const next = phrases.map(() => 0);
  SPACED_PHRASE.lastIndex = 0;
  for (let m = SPACED_PHRASE.exec(text); m; m = SPACED_PHRASE.exec(text)) {
    const at = m.index;
    SPACED_PHRASE.lastIndex = at + 1;
    for (let k = 0; k < phrases.length; k++) {
      if (at < next[k]! || !text.startsWith(phrases[k]!, at)) continue;
      out[k]!.push(at);
      next[k] = at + phrases[k]!.length;
    }
  }
  return out;
}

/** Kinds of organisation a blurb says its employer is: "a leading smart technology company". */
const ORGANISATIONS = new Set(
  'company companies leader pioneer startup start-up firm provider organization organisation corporation lab laboratory marketplace network bank agency institution innovator destination manufacturer developer creator maker enterprise consultancy studio retailer insurer nonprofit non-profit foundation unicorn'.split(
    ' ',
  ),
);
/** How many words may describe the organisation before its kind: "a leading smart technology company". */
const ORGANISATION_REACH = 5;

function namesAnOrganisation(text: string, from: number): boolean {
  const words = text.slice(from, from + 80).split(/[\s,]+/, ORGANISATION_REACH + 1);
  return words.some((w) => ORGANISATIONS.has(w.toLowerCase().replace(/[^a-z-]/g, '')));
}


/** Before " is ": ", a Cisco company,", ", an AI research lab," (at most five words, the last a kind of organisation). */
const DESCRIBED_AS = /, an? (?:[\w&.'’-]+ ){0,4}([\w-]+),$/;

/** Where the name ends before ", a Cisco company, is" (the " is " at `at`), or -1. */
function describedNameEnd(text: string, at: number): number {
  if (text[at - 1] !== ',') return -1;
  const m = DESCRIBED_AS.exec(text.slice(Math.max(0, at - 70), at));
  return m && ORGANISATIONS.has(m[1]!.toLowerCase()) ? at - m[0].length : -1;
}

/** One to four capitalised words: "Hugging Face", "Snap Inc.", "Woven by Toyota". */
const NAME = /^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|\d[\w&'’-]*|by|of|&)){0,3}/;

/** One to four capitalised words at `at` ("Hugging Face", "Snap Inc.", "Woven by Toyota"). */
function nameAt(text: string, at: number): string | null {
  const m = NAME.exec(text.slice(at, at + 60));
  if (!m) return null;
  // "by" and "of" join a name ("Woven by Toyota") but never end it; nor does a full stop ("Face.").
  const name = m[0].replace(/(?: (?:by|of|&))+$/, '').replace(/\.$/, (dot) => (/\b(?:Inc|Ltd|Co|Corp)\.$/.test(m[0]) ? dot : ''));
  const first = name.split(' ')[0]!;
  return HEADING_LEADS.has(first) || name.length < 2 ? null : name;
}

/** A heading glued before a name, cut off: "ResponsibilitiesTikTok" → "TikTok", "Who We AreNuvo" → "Nuvo". */
function withoutGluedHeading(words: string): string {
  for (const m of words.matchAll(/[a-z](?=[A-Z])/g)) {
    const end = m.index + 1;
    const prefix = words.slice(0, end);
    // Not "About Tik" of "About TikTokTikTok": "About" and a name reads as a heading.
    if (!/^About [A-Z]\w*$/.test(prefix) && headingKind(prefix) !== null) return words.slice(end);
  }
  return words;
}

/**
 * The name a sentence opens with, glued heading cut off and a name written twice read once
 * ("OXMANOXMAN is"); one word may be written with capitals inside ("TikTok is", "PubMatic is").
 */
function nameOpening(words: string): string | null {
  const half = words.length / 2;
  if (Number.isInteger(half) && words.slice(0, half) === words.slice(half)) words = words.slice(0, half);
  const name = withoutGluedHeading(words);
  if (name.includes(' ') && /[a-z][A-Z]|[A-Z]{2}[a-z]|\.[A-Z]/.test(name)) return null;
  return nameAt(name, 0) === name ? name : null;
}

/** The longest name the repeated one may be: "Walgreens Boots Alliance". */
const REPEATED_MAX = 40;

/** "AnthropicAnthropic’s", "Together AITogether AI is": a name written twice with nothing between, then a word's end. */
function repeatedNameAt(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  if (!isUpper(c)) return null;
  for (let length = 2; length <= REPEATED_MAX && at + 2 * length <= text.length; length++) {
    const name = text.slice(at, at + length);
    if (!text.startsWith(name, at + length) || /[\p{L}\d]/u.test(text[at + 2 * length] ?? ' ')) continue;
    return nameAt(name, 0) === name ? name : null;
  }
  return null;
}

/** What a name's word is made of: letters, digits, "_", "&", ".", "'", "’", "-" ("Lowe’s", "Snap Inc."). */
const isNameChar = (c: number) => isUpper(c) || isDigit(c) || isLower(c) || c === 95 || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 45;
/** How many words a name has at most: "Walgreens Boots Alliance Inc." */
const NAME_WORDS = 4;

/**
 * Where the run of at most four words that ends at `end` starts, each word starting with a
 * capital ("Hugging Face", "Snap Inc.") or, after the first, a number ("Tech 42"), one space
 * between; -1 when the word before `end` is none of these. A walk back over the words: a pattern
 * anchored at the end would be tried from every place before it, on every " is a " of a posting.
 */
function capitalRunStart(text: string, end: number): number {
  let start = -1;
  let wordEnd = end;
  for (let words = 0; words < NAME_WORDS; words++) {
    let i = wordEnd;
    while (i > 0 && isNameChar(text.charCodeAt(i - 1))) i--;
    if (i === wordEnd) break;
    const first = text.charCodeAt(i);
    if (isUpper(first)) start = i;
    // A number may be a name's later word ("Tech 42"), never its first, and has no full stop.
    else if (!(isDigit(first) && words < NAME_WORDS - 1 && !text.slice(i, wordEnd).includes('.'))) {
      // The name may start inside a word glued to it ("offer.Adobe", "UsNational Grid"): at its first capital, checked later as glued.
      for (let k = i + 1; k < wordEnd; k++) {
        if (isUpper(text.charCodeAt(k))) {
          start = k;
          break;
        }
      }
      break;
    }
    if (i < 2 || text[i - 1] !== ' ') break;
    wordEnd = i - 1;
  }
  return start;
}

/**
 * The name that ends right before `at` ("Tagup" of "Tagup is an equal opportunity employer"),
 * when it stands where a sentence starts and is not glued to the word before it ("BenefitsBask
 * Health", "USDReddit", "Lowes.com.Lowe’s"). With `sentenceStart`, only after the text's start,
 * a line break or a sentence's end: "…experience with Python is a plus" names no employer.
 */
function nameBefore(text: string, at: number, sentenceStart: boolean): string | null {
  const start = capitalRunStart(text, at);
  if (start < 0) return null;
  const words = text.slice(start, at);
  const prev = text[start - 1];
  if (prev !== undefined && !/[\s.!?:]/.test(prev)) return null;
  if (sentenceStart && prev !== undefined && !/[.!?:\n]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  // Glued words ("BenefitsBask Health") are no name, but a sentence may open with one ("TikTok is").
  if (sentenceStart) return nameOpening(words);
  if (/[a-z][A-Z]|[A-Z]{2}[a-z]|\.[A-Z]/.test(words)) return null;
  // "Intercontinental Exchange, Inc. is an Equal Opportunity Employer": the name is before the comma.
  if (/^(?:Inc|Co|Corp|Ltd|LLC)\.?$/.test(words)) return text.slice(start - 2, start) === ', ' ? nameBefore(text, start - 2, false) : null;
  const name = nameAt(words, 0);
  return name === words ? name : null;
}
