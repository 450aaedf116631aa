import type { SectionKind } from './types';

/**
 * What a heading announces. Order matters: "Preferred Qualifications" is preferred before it is
 * a qualification, "About You" is a requirement while "About Us" is the company blurb.
 */
const HEADING_KINDS: Array<[RegExp, SectionKind]> = [
  [/\b(prefer\w*|desired|desirable|bonus|nice[\s-]to[\s-]haves?|pluses|plus points|a plus|good[\s-]to[\s-]have|extra credit|stand out|ideally|additional (qualifications|skills)|even better|we'?d love)\b/i, 'preferred'],
  [/\b(benefits?|perks|what we offer|we offer|compensation|salary|pay range|pay transparency|total rewards|why (join|work)|what'?s in it|our offer|rewards|working (here|with us)|life at|time off)\b/i, 'benefits'],
  [/\b(equal (opportunity|employment)|eeo|diversity|inclusion|accommodations?|privacy|disclaimer|e-verify|background check|recruit(ment|ing) (fraud|scam)|legal)\b/i, 'company'],
  // The tools the company works with, listed apart from what it asks of the candidate: named, not asked.
  [/\b(tech(nology)? stack|our stack|tools we use|tech we use|technologies we use)\b/i, 'other'],
  [/\b(about you|who you are|(need|expect|want|require) (from|of) you|what we('ll| will)? (need|expect)|what we are looking for|what we look for|your (qualifications|profile)|you have|you bring|you('ll)? need|what you('ll)? bring|what you bring|looking for|requirements?|qualifications?|required|must[\s-]haves?|minimum|basic|skills|experience|your (profile|background|skills|experience)|competenc(y|ies)|education|ideal candidate|to be successful|we need)\b/i, 'required'],
  [/\b(responsibilit(y|ies)|what you('ll| will)? (do|be doing|work on)|duties|day[\s-]to[\s-]day|the role|your role|in this role|role (description|overview|summary)|about the (role|job|position|opportunity)|job (description|summary|overview)|position (description|summary|overview)|the opportunity|your (impact|mission)|key accountabilities|the job|overview|what the job involves|you will|projects|your tasks|technologies)\b/i, 'responsibilities'],
  [/\b(about (us|the company|the team|our|[A-Z][\w&.'-]*)|company (description|overview)|who we are|our (company|story|mission|values|culture|team)|the company|the team)\b/i, 'company'],
];

export function headingKind(heading: string): SectionKind | null {
  const plain = heading.replace(/[’‘]/g, "'");
  for (const [re, kind] of HEADING_KINDS) if (re.test(plain)) return kind;
  return null;
}

/**
 * Headings that real postings run into the next sentence once their line breaks are lost
 * ("…over time.What You'll DoBuild…"). Written as they appear; matched case-sensitively in
 * Title Case or ALL CAPS so that ordinary sentences ("what you will do is…") aren't split.
 */
const RUN_IN_HEADINGS = [
  "What You'll Do", 'What You Will Do', "What You'll Be Doing", 'What You Will Be Doing', "What You'll Work On",
  'Key Responsibilities', 'Job Responsibilities', 'Your Responsibilities', 'Main Responsibilities', 'Responsibilities',
  'Basic Qualifications', 'Minimum Qualifications', 'Required Qualifications', 'Preferred Qualifications',
  'Additional Qualifications', 'Desired Qualifications', 'Qualifications', 'Minimum Requirements', 'Requirements',
  'Required Skills', 'Preferred Skills', 'Desired Skills', 'Skills and Experience', 'Skills & Experience',
  'Nice to Have', 'Nice To Have', 'Nice-to-Have', 'Nice to Haves', 'Bonus Points', 'Preferred Experience',
  "What We're Looking For", 'What We Are Looking For', "What You'll Bring", 'What You Bring', 'What You Need',
  'Who You Are', 'About You', 'About Us', 'About the Role', 'About The Role', 'About the Job', 'About The Job',
  'About the Team', 'About The Team', 'About the Company', 'Company Description', 'Company Overview',
  'Job Description', 'Role Description', 'Position Summary', 'Role Overview', 'The Role', 'The Opportunity',
  'Benefits', 'Perks', 'What We Offer', 'Compensation', 'Pay Range', 'Base Pay Range', 'Salary Range',
  'Your Tasks', 'Your Profile', 'We offer', 'Tech Stack', 'Why Join Us', 'Who We Are', 'Our Company', 'The opportunity', 'What You Need To Succeed', 'What you need to succeed', 'Your Impact', 'Education', 'Equal Opportunity Employer', 'Additional Information',
  'Position Description', 'Position Requirements', 'Position Overview', 'Job Requirements', 'Job Summary',
  'Job Overview', 'Key Qualifications', 'Preferred Requirements', 'Required Experience', 'Desired Experience',
  'Qualifications and Skills', 'Skills and Qualifications', 'Who You Are', 'Nice To Haves', 'Nice to Have Skills',
  'Your Background', 'Your Experience', 'Your Skills', 'Must Have', 'Must Haves', 'Must-Have', 'Good to Have',
  'Preferred Skills and Experience', 'Minimum Qualifications and Experience', 'Required Skills and Experience',
  "What You'll Need To Succeed", "What You'll Need", 'What You Will Need', 'The Team', 'Team Introduction', 'Our Stack', 'Our Tech Stack', 'Tools We Use', 'Tech We Use', 'What We Look For', "What We're Looking For In You",
];

/** Each heading also with the typographic apostrophe real pages use ("What You’ll Do"). */
const WRITTEN = [...new Set(RUN_IN_HEADINGS.flatMap((h) => [h, h.replace(/'/g, '\u2019')]))];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const variants = WRITTEN.flatMap((h) => [h, h.toUpperCase()]).sort((a, b) => b.length - a.length);

/**
 * A known heading followed by a colon, a line break, or a capital letter starting the next
 * sentence. What must come before it is checked in code (runInHeadings): a lookbehind at the
 * front of this alternation would make the regex try every position of the text.
 */
const RUN_IN_HEADING_RE = new RegExp(
  `(${variants.map(escapeRe).join('|')})(?=\\s*[:\\n\\-–—•]|\\s*$|\\s?[A-Z•*\\-])`,
  'g',
);

/** Glued after a sentence end or a line start, or to a lower-case word ("DoBuild", "time.What"). */
function startsHeading(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0) return true;
  const glued = text[i]!;
  if (/[a-z0-9]/.test(glued)) return true;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:;)\]]/.test(text[i]!);
}

/**
 * The same headings in any case when a colon follows: "…to be contextualized.What we're looking
 * for:Depth of…", "…quality.Our stack:ML technologies…". Matched on lower-cased text, since a
 * case-insensitive alternation is slow in V8.
 */
const COLON_HEADING_RE = new RegExp(
  `(${[...new Set(WRITTEN.map((h) => h.toLowerCase()))].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?=\\s*:)`,
  'g',
);

export function runInHeadings(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    COLON_HEADING_RE.lastIndex = 0;
    for (let m = COLON_HEADING_RE.exec(lower); m; m = COLON_HEADING_RE.exec(lower)) {
      if (startsHeading(text, m.index)) out.push({ start: m.index, text: text.slice(m.index, m.index + m[1]!.length) });
    }
  }
  RUN_IN_HEADING_RE.lastIndex = 0;
  for (let m = RUN_IN_HEADING_RE.exec(text); m; m = RUN_IN_HEADING_RE.exec(text)) {
    if (startsHeading(text, m.index) && !out.some((h) => h.start === m!.index)) out.push({ start: m.index, text: m[1]! });
  }
  ABOUT_COMPANY_RE.lastIndex = 0;
  for (let m = ABOUT_COMPANY_RE.exec(text); m; m = ABOUT_COMPANY_RE.exec(text)) {
    if (startsHeading(text, m.index) && !out.some((h) => h.start === m!.index)) out.push({ start: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "…ML areasAbout Meta:Meta builds…": the company's own name as a heading, with its colon. */
const ABOUT_COMPANY_RE = /About (?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,2}(?=:)/g;
