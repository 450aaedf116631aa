import { headingKind } from './headings';
import type { Sentence } from './sections';

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
    const name = nameAt(text, at + 3);
    if (name && /^,?\s(?:we|our|we['’]re|we['’]ve)\b/.test(text.slice(at + 3 + name.length, at + 3 + name.length + 8))) names.add(name);
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
  for (let at = text.indexOf(' at '); at >= 0; at = text.indexOf(' at ', at + 4)) add(repeatedNameAt(text, at + 4));
  // The employer as the subject of its blurb's sentences: "Tagup is an equal opportunity
  // employer", "Unity is a proud equal opportunity employer", "XPENG is a leading smart technology
  // company" (a kind of organisation must follow: "Python is a plus" names no employer), "Zest AI
  // is committed to…"; then "Anthropic’s mission is", "Nuro exists to", "Zest AI was founded".
  // One search for " is " serves the phrases that start so: each search reads the whole text.
  for (let at = text.indexOf(' is '); at >= 0; at = text.indexOf(' is ', at + 4)) {
    const rest = text.slice(at + 4, at + 40);
    if (EQUAL_OPPORTUNITY.test(rest)) add(nameBefore(text, at, false));
    else if (IS_A.test(rest)) {
      if (namesAnOrganisation(text, at + 4 + IS_A.exec(rest)![0].length)) add(nameBefore(text, at, true));
    } else if (IS_ITSELF.test(rest)) add(nameBefore(text, at, true));
  }
  for (const phrase of SUBJECT_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      // "Anthropic’s mission": the name ends before the apostrophe.
      const end = phrase.startsWith('s ') ? at - 1 : at;
      if (!phrase.startsWith('s ') || /['’]/.test(text[end] ?? '')) add(nameBefore(text, end, true));
    }
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

/** After " is ": "an equal opportunity", "a proud equal opportunity", "an Equal Opportunity". */
const EQUAL_OPPORTUNITY = /^(?:an|a proud) (?:equal opportunity|Equal Opportunity)/;
const IS_A = /^(?:a|an|the) /;
/** After " is ": the company speaking of itself ("is committed to", "is headquartered in"). */
const IS_ITSELF = /^(?:committed to |headquartered)/;
const SUBJECT_PHRASES = ['s mission', 's vision', ' exists to ', ' was founded'];

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

/** Words that open a heading rather than a name: "About the Role:", "About Position:". */
const NOT_A_NAME = new Set(['About', 'Life', 'Join', 'Why', 'The', 'This', 'Our', 'Us', 'You', 'Your', 'Position', 'Role', 'Job', 'Team', 'Company', 'Opportunity', 'Least', 'We', 'It', 'They', 'There', 'Here', 'What', 'Who', 'That', 'Which', 'Each', 'Every']);

/** One to four capitalised words: "Hugging Face", "Snap Inc.", "Woven by Toyota". */
const NAME = /^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|\d[\w&'’-]*|by|of|&)){0,3}/;

/** One to four capitalised words at `at` ("Hugging Face", "Snap Inc.", "Woven by Toyota"). */
function nameAt(text: string, at: number): string | null {
  const m = NAME.exec(text.slice(at, at + 60));
  if (!m) return null;
  // "by" and "of" join a name ("Woven by Toyota") but never end it; nor does a full stop ("Face.").
  const name = m[0].replace(/(?: (?:by|of|&))+$/, '').replace(/\.$/, (dot) => (/\b(?:Inc|Ltd|Co|Corp)\.$/.test(m[0]) ? dot : ''));
  const first = name.split(' ')[0]!;
  return NOT_A_NAME.has(first) || name.length < 2 ? null : name;
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
  if (!(c >= 65 && c <= 90)) return null;
  for (let length = 2; length <= REPEATED_MAX && at + 2 * length <= text.length; length++) {
    const name = text.slice(at, at + length);
    if (!text.startsWith(name, at + length) || /[\p{L}\d]/u.test(text[at + 2 * length] ?? ' ')) continue;
    return nameAt(name, 0) === name ? name : null;
  }
  return null;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** What a name's word is made of: letters, digits, "_", "&", ".", "'", "’", "-" ("Lowe’s", "Snap Inc."). */
const isNameChar = (c: number) => isUpper(c) || isDigit(c) || (c >= 97 && c <= 122) || c === 95 || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 45;
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
  const m = [text.slice(start, at)] as const;
  const prev = text[start - 1];
  if (prev !== undefined && !/[\s.!?:]/.test(prev)) return null;
  if (sentenceStart && prev !== undefined && !/[.!?:\n]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  // Glued words ("BenefitsBask Health") are no name, but a sentence may open with one ("TikTok is").
  if (sentenceStart) return nameOpening(m[0]);
  if (/[a-z][A-Z]|[A-Z]{2}[a-z]|\.[A-Z]/.test(m[0])) return null;
  // "Intercontinental Exchange, Inc. is an Equal Opportunity Employer": the name is before the comma.
  if (/^(?:Inc|Co|Corp|Ltd|LLC)\.?$/.test(m[0])) return text.slice(start - 2, start) === ', ' ? nameBefore(text, start - 2, false) : null;
  const name = nameAt(m[0], 0);
  return name === m[0] ? name : null;
}

/** A short sentence: a list run together into one long line may hold the employer's name and the asks. */
const EMPLOYER_SENTENCE_MAX = 240;
/** A longer one when it says nothing the way an ask does (no cue): "XPENG is a leading … company at the forefront of …, integrating …". */
const EMPLOYER_SENTENCE_NO_CUE_MAX = 400;

const BULLET_CHARS = ' \t•·*▪◦●○■□–—>-';
const BULLET = /^[\s•·*▪◦●○■□–—>-]+/;

/** Words that open a clause before the employer's name: "Founded in 2009, Zest AI has…", "With a strong focus on mobility, XPENG is…". */
const LEAD_INS = new Set(['Founded', 'With', 'Since', 'Today', 'Now', 'As', 'In', 'For', 'Over', 'Backed', 'Headquartered', 'Based', 'Through', 'From', 'Together', 'Across']);
const LEAD_IN_MAX = 120;

/** What may follow the name in its sentence's subject: a verb ("Meta builds"), "’s" ("Anthropic’s mission"), a ticker ("Unity [NYSE: U] is"). */
const AFTER_SUBJECT = /^(?:['’]s)?(?: [([][^)\]]{1,30}[)\]])?\s[a-z]/;

/**
 * "Meta builds technologies that…", "Now, Meta is moving toward … virtual reality", "Anthropic’s
 * mission is…", "Founded in 2016, Nuro has spent…": a sentence whose subject is the employer is the
 * company speaking of itself, whatever heading it sits under, unless it speaks to the candidate
 * ("Acme expects you to…"). A heading naming the employer may be run into it ("About
 * AnthropicAnthropic’s mission…").
 */
export function markEmployerSentences(text: string, sentences: Sentence[], names: readonly string[]): void {
  for (const s of sentences) {
    const length = s.end - s.start;
    // "…see these links:Consolidating ML modelsInTune: Reinforcement Learning-based Data Pipeline
    // Optimization…": the titles of the team's articles, however long the run of them.
    if (s.kind !== 'company' && readsFurther(text.slice(s.start, s.end))) s.kind = 'company';
    if (s.kind === 'company' || length > EMPLOYER_SENTENCE_NO_CUE_MAX || (length > EMPLOYER_SENTENCE_MAX && s.cue !== null)) continue;
    // A list item's bullet is no part of its sentence: "- Our work facilitates…".
    const raw = text.slice(s.start, s.end);
    const body = BULLET_CHARS.includes(raw[0]!) ? raw.replace(BULLET, '') : raw;
    const ofItself = speaksOfItself(body) || names.some((n) => isSubject(body, n) || (s.kind === 'other' && offersOf(body, n)));
    if (ofItself && !/\byou(?:r|'re|’re|'ll|’ll)?\b/i.test(body)) s.kind = 'company';
  }
}

/**
 * The company (or, in a recruiter's words, its client) saying what it is building, after a
 * clause of what it builds with: "Utilizing cutting-edge machine learning technology, advanced
 * NLP, CV, recommendation, and multi-modal technology, we're shaping a pioneering engine within
 * the industry", "Leveraging advanced machine learning and artificial intelligence, they are
 * redefining how businesses operate".
 */
const WE_ARE_BUILDING =
  /^(?:[A-Z][^;]{0,150}?, )?(?:we|they)(?:['’]re| are) (?:shaping|building|creating|redefining|reimagining|transforming|pioneering|revolutionizing|changing|leading the way|rapidly expanding|leveraging)\b/i;

/** How far into a sentence its subject is looked for: the longest lead-in clause and a few words. */
const SUBJECT_HEAD = 200;

/** The team, its work, or the company as "we" speaking of itself (TEAM_SUBJECT, WE_ARE_BUILDING), read in the sentence's head only. */
function speaksOfItself(body: string): boolean {
  const head = body.length > SUBJECT_HEAD ? body.slice(0, SUBJECT_HEAD) : body;
  // "we're", "we are", "they are": most sentences have none, and need no pattern tried at each comma.
  if (TEAM_SUBJECT.test(head.length > TEAM_HEAD ? head.slice(0, TEAM_HEAD) : head)) return true;
  // "We're…", "…, they are…": most sentences have neither, and need no pattern tried at each comma.
  return (/^(?:We|we|They|they)\b/.test(head) || head.includes(', we') || head.includes(', they')) && WE_ARE_BUILDING.test(head);
}

/** FURTHER_READING, tried only where its words are: "these" or "the following". */
const readsFurther = (body: string) => (body.includes('these ') || body.includes('following ')) && FURTHER_READING.test(body);

/** A pointer to what the team has written: "For more details …, see these links:", "read the following articles". */
const FURTHER_READING = /\b(?:[Ss]ee|[Rr]ead|[Cc]heck out) (?:these|the following) (?:links|articles|blog posts|posts|papers|publications)\b/;

/**
 * The team or its work as the subject, describing itself: "Our work facilitates diverse
 * applications such as simulations…", "The Data Intelligence Center of Excellence (DICE)
 * organization provides AI/ML research…", "ML Platform team at Unity manages…", "We’re a team of
 * experts … embracing enterprise agile methodology". Not when it says whom it looks for ("Our team
 * is looking for an engineer with Spark"): that is the ask.
 */
/** How far TEAM_SUBJECT reads: a determiner, six words, the noun, "at" and the employer's name, the verb. */
const TEAM_HEAD = 120;
const TEAM_SUBJECT =
  /^(?:(?:Our|The|This) )?(?:[\w&;.'’()/-]+ ){0,6}?(?:team|group|organization|organisation|division|department|work|research|lab|org|squad) (?:at [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} )?(?!(?:is|are) (?:looking|searching|hiring|seeking|growing and))(?:is|are|manages|provides|builds|owns|focuses|works|facilitates|continues|combines|develops|designs|delivers|drives|leads|supports|partners|creates|enables|sits|operates|powers|uses|leverages|applies|specializes|brings|strives|helps|serves|consists|comprises)\b|^We(?:['’]re| are) an? (?:[\w-]+ ){0,3}?team of\b/;

/** What the employer offers, after its name and a few words: "Zest AI's comprehensive suite of solutions spanning … fraud detection". */
const OFFERINGS = /^['’]s (?:[\w-]+ ){0,3}?(?:solutions|products|platform|platforms|suite|services|technology|technologies|customers|clients|users)\b/;

/**
 * "…financial institutions rely on Zest AI's comprehensive suite of solutions…": what the employer
 * offers, wherever it stands in a sentence under no heading ("…to create value for Faro's
 * customers" ends a duty).
 */
function offersOf(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) if (OFFERINGS.test(body.slice(at + name.length, at + name.length + 60))) return true;
  return false;
}

function isSubject(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0 && at <= LEAD_IN_MAX; at = body.indexOf(name, at + 1)) {
    if (!AFTER_SUBJECT.test(body.slice(at + name.length, at + name.length + 40))) continue;
    const before = body.slice(0, at);
    // At the start; after one word and a comma ("Now, "); after a clause that opens as a blurb's do;
    // or after a heading that names it, run in ("About Anthropic" + "Anthropic’s").
    if (before === '' || /^[A-Z][a-z]+, $/.test(before) || before.endsWith(name)) return true;
    if (before.endsWith(', ') && LEAD_INS.has(before.split(' ', 1)[0]!)) return true;
  }
  return false;
}
