import type { Sentence } from './sections';

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
  if (TEAM_SUBJECT.test(head.length > TEAM_HEAD ? head.slice(0, TEAM_HEAD) : head)) return true;
  // "We're…", "…, they are…": most sentences have neither, and need no pattern tried at each comma.
  return (/^(?:We|we|They|they)\b/.test(head) || head.includes(', we') || head.includes(', they')) && WE_ARE_BUILDING.test(head);
}

/** FURTHER_READING, tried only where its words are: "these" or "the following". */
const readsFurther = (body: string) => (body.includes('these ') || body.includes('following ')) && FURTHER_READING.test(body);

/** A pointer to what the team has written: "For more details …, see these links:", "read the following articles". */
const FURTHER_READING = /\b(?:[Ss]ee|[Rr]ead|[Cc]heck out) (?:these|the following) (?:links|articles|blog posts|posts|papers|publications)\b/;

/** How far TEAM_SUBJECT reads: a determiner, six words, the noun, "at" and the employer's name, the verb. */
const TEAM_HEAD = 120;

/**
 * The team or its work as the subject, describing itself: "Our work facilitates diverse
 * applications such as simulations…", "The Data Intelligence Center of Excellence (DICE)
 * organization provides AI/ML research…", "ML Platform team at Unity manages…", "Our team's mission
 * is to drive revenue growth … through advanced machine learning", "We’re a team of
 * experts … embracing enterprise agile methodology", "Applied Machine Learning Research at Netflix improves…",
 * "The team prototypes…" (the unit's noun in either case). Not when it says whom it looks for ("Our team
 * is looking for an engineer with Spark"): that is the ask.
 */
const TEAM_SUBJECT =
  /^(?:(?:Our|The|This) )?(?:[\w&;.'’()/-]+ ){0,6}?(?:[Tt]eam|[Gg]roup|[Oo]rganization|[Oo]rganisation|[Dd]ivision|[Dd]epartment|work|[Rr]esearch|[Ll]ab|org|[Ss]quad)(?:['’]s (?:mission|goal|focus|charter))? (?:at [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2} )?(?!(?:is|are) (?:looking|searching|hiring|seeking|growing and))(?:is|are|manages|provides|builds|owns|focuses|works|facilitates|continues|combines|develops|designs|delivers|drives|leads|supports|partners|creates|enables|sits|operates|powers|uses|leverages|applies|specializes|brings|strives|helps|serves|consists|comprises|improves|prototypes|explores|tackles|solves|ships|researches|invents|studies|runs|oversees)\b|^We(?:['’]re| are) an? (?:[\w-]+ ){0,3}?team of\b/;

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
