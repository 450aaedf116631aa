/**
 * Job title → catalogued role id (data/roles/<id>.json), or null when the title names no
 * catalogued role ("Product Manager", "Solutions Engineer", "Ecosystem Manager").
 *
 * Used by the role build (to pick the postings that give a role its weights, and to filter O*NET
 * alternate titles into title aliases) and by the evaluation script (to label postings).
 *
 * How a title is decided:
 *   1. The title is normalised (lower case, "&" → "and", "Sr." → "senior", "front end" →
 *      "frontend", "(ML)" / "(L5)" dropped, …).
 *   2. Every rule below is tried; each hit is a candidate {role, priority, start, length}.
 *   3. The winner has the highest priority, then starts earliest in the title (the head noun
 *      of "Data Scientist III - Machine Learning Engineer" is the first one), then is longest
 *      ("staff machine learning engineer" beats "machine learning engineer").
 *
 * Decisions (documented here and in tests/scripts/title-to-role.test.ts):
 *   - Seniority words alone never change the role ("Senior Data Engineer" → data-engineer),
 *     except for ML engineering: Staff / Principal / Lead / Head of / Tech Lead / Manager ML
 *     engineer(ing) → lead-ml-engineer (the founding article's role).
 *   - ML infrastructure wins over everything (priority 3): a title naming MLOps, ML platform,
 *     ML infrastructure, ML systems or AI platform → mlops-engineer, whatever the seniority
 *     ("Senior Staff Software Engineer, ML Infrastructure", "Staff ML Engineer, ML Platform").
 *     The seniority is extracted separately by the engine.
 *   - Computer vision / perception and NLP specialisations of an ML or software engineer title
 *     (priority 2) → computer-vision-engineer / nlp-engineer.
 *   - "Software Engineer, Machine Learning" (a generic engineering title with an ML
 *     specialisation, priority 1) → ml-engineer; with ML research → research-engineer; with
 *     data / frontend / backend / robotics → that role.
 *   - Titles naming ML together with AI ("AI/ML Engineer", "Generative AI / Machine Learning
 *     Engineer") → ml-engineer; AI without ML ("AI Engineer", "GenAI Engineer", "LLM Engineer",
 *     "AI Software Engineer") → ai-engineer.
 *   - Research Scientist, AI Scientist, ML Scientist, Applied Scientist, ML Researcher →
 *     ai-scientist (the catalogue has no separate applied-scientist or ml-research-scientist:
 *     their postings ask for the same PhD-level research profile). "Applied Data Scientist" and
 *     "Data and Applied Scientist" → data-scientist.
 *   - "Data Science Engineer" / "Data Science Intern" → data-scientist; "Data/ML Engineer" →
 *     data-engineer; "Business Intelligence Analyst" / "BI Developer" → data-analyst.
 *   - Intern, graduate, apprentice and level suffixes (II, L5, Level 4) keep the role.
 */

import { abbreviations, TITLE_ABBREVIATION_LIST } from '../../src/core/lexicon/abbreviations';

export interface TitleRule {
  role: string;
  re: RegExp;
  priority?: number;
}

const ML = String.raw`(?:machine learning|ml)`;
const AI = String.raw`(?:ai|artificial intelligence|gen ?ai|generative ai)`;
/** A generic software engineering head noun. */
const SWE = String.raw`(?:software (?:development |dev )?engineer(?:ing)?|software developer|sde|swe|developer)`;
/** Seniority/lead words that make an ML engineer the founding article's Lead ML Engineer. */
const LEAD = String.raw`(?:lead|staff|senior staff|principal|distinguished|head of|director of|manager,?|tech(?:nical)? lead(?:ership)?,?)`;

export const TITLE_RULES: readonly TitleRule[] = [
  // --- priority 3: ML infrastructure ---------------------------------------------------------
  { role: 'mlops-engineer', priority: 3, re: /\bml ?ops\b|\bmachine learning operations\b|\bllm ?ops\b/ },
  {
    role: 'mlops-engineer',
    priority: 3,
    re: new RegExp(String.raw`\b(?:${ML}|${AI}|${AI} ?/ ?${ML}|data and ${ML}) (?:platform|infrastructure|infra|systems?)\b`),
  },
  { role: 'mlops-engineer', priority: 3, re: new RegExp(String.raw`\b${ML} (?:software )?engineer(?:ing)?,? (?:-|\()? ?(?:platform|infrastructure)\b`) },
  { role: 'mlops-engineer', priority: 3, re: new RegExp(String.raw`\bsystems ${ML}\b`) },
  { role: 'mlops-engineer', priority: 3, re: /\b(?:model serving|inference platform|ml deployment) engineer\b/ },

  // --- priority 2: specialisations of ML / software engineering titles -----------------------
  {
    role: 'computer-vision-engineer',
    priority: 2,
    re: new RegExp(String.raw`\b(?:${ML}|${SWE}|${AI})\b.*\b(?:computer vision|perception|scene understanding|geometric vision|image processing)\b`),
  },
  {
    role: 'computer-vision-engineer',
    priority: 2,
    re: new RegExp(String.raw`\b(?:computer vision|cv|perception|vision|image processing)(?: ${ML})?(?: software)? engineer`),
  },
  {
    role: 'nlp-engineer',
    priority: 2,
    re: new RegExp(String.raw`\b(?:${ML}|${SWE}|${AI})\b.*\b(?:nlp|natural language(?: processing)?|computational linguistics|speech recognition)\b`),
  },
  {
    role: 'nlp-engineer',
    priority: 2,
    re: new RegExp(String.raw`\b(?:nlp|natural language processing|natural language|conversational ai|speech|speech recognition|language|computational linguist(?:ics)?)(?: ${ML})?(?: software)? (?:engineer|developer)`),
  },
  { role: 'nlp-engineer', priority: 2, re: /\bcomputational linguist\b/ },

  // --- priority 1: generic engineering title + specialisation --------------------------------
  {
    role: 'research-engineer',
    priority: 1,
    re: new RegExp(String.raw`\b${SWE}\b.*\b(?:${ML}|${AI}) research\b`),
  },
  {
    role: 'lead-ml-engineer',
    priority: 1,
    re: new RegExp(String.raw`\b${SWE} \(?technical leadership\)?.*\b${ML}\b`),
  },
  {
    role: 'ml-engineer',
    priority: 1,
    re: new RegExp(String.raw`\b${SWE}\b.*\b(?:${ML}|applied ${ML}|${AI} ?/ ?${ML}|deep learning)\b`),
  },
  { role: 'ai-engineer', priority: 1, re: new RegExp(String.raw`^(?!.*\b${ML}\b).*\b${SWE}\b.*\b(?:${AI}|llms?|agents?)$`) },
  {
    role: 'data-engineer',
    priority: 1,
    re: new RegExp(String.raw`\b${SWE}\b.*\b(?:data(?: platform| infrastructure| pipelines?| engineering| clean room)?|batch data|big data|etl)\b`),
  },
  { role: 'frontend-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:frontend|ui|web)\b`) },
  { role: 'backend-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:backend|server|api|distributed systems)\b`) },
  { role: 'full-stack-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\bfullstack\b`) },
  { role: 'robotics-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:robotics|autonomy)\b`) },
  { role: 'mobile-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:mobile|ios|android)\b`) },
  { role: 'security-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:security|appsec)\b`) },
  { role: 'platform-engineer', priority: 1, re: new RegExp(String.raw`\b${SWE}\b.*\b(?:platform|infrastructure)\b`) },

  // --- priority 0: head nouns; earliest, then longest wins -----------------------------------
  // Lead ML engineer
  {
    role: 'lead-ml-engineer',
    re: new RegExp(String.raw`\b${LEAD} (?:[a-z]+ )?(?:${AI} ?(?:/|and) ?)?${ML}(?: ?(?:/|and) ?${AI})?(?: software)? engineer(?:ing)?\b`),
  },
  { role: 'lead-ml-engineer', re: new RegExp(String.raw`\b${ML} (?:software )?engineer(?:ing)? (?:lead|manager|team lead|tech lead)\b`) },
  { role: 'lead-ml-engineer', re: new RegExp(String.raw`\b${ML} (?:tech(?:nical)? lead|team lead|lead)\b`) },
  { role: 'lead-ml-engineer', re: new RegExp(String.raw`\b(?:head|director|manager) of (?:${ML}|${AI}|machine learning engineering)\b`) },
  { role: 'lead-ml-engineer', re: new RegExp(String.raw`\b(?:${ML}|${AI}) engineering manager\b|\bengineering manager,? (?:-|\()? ?(?:${ML}|${AI})\b`) },

  // AI scientist (research scientist, ML scientist, applied scientist)
  {
    role: 'ai-scientist',
    re: new RegExp(String.raw`\b(?:(?:${AI}|${ML}|deep learning|nlp|computer vision|ai ?/ ?ml|ml ?/ ?ai)(?: research)?|research|applied|ai research) scientist\b`),
  },
  { role: 'ai-scientist', re: new RegExp(String.raw`\b(?:${ML}|${AI}|deep learning) researcher\b`) },
  { role: 'ai-scientist', re: /\b(?:research|computer) scientist\b/ },
  { role: 'ai-scientist', re: /\bscientist,? (?:ai|machine learning|ml|artificial intelligence)\b/ },

  // Research engineer
  { role: 'research-engineer', re: new RegExp(String.raw`\b(?:(?:${ML}|${AI}|deep learning) )?research (?:software )?engineer\b`) },

  // ML engineer
  {
    role: 'ml-engineer',
    re: new RegExp(String.raw`\b(?:(?:${AI}) ?(?:/|and|,)? ?)?${ML}(?: ?(?:/|and) ?${AI})?,? (?:[a-z]+ ){0,2}?(?:software )?engineer(?:ing)?\b`),
  },
  { role: 'ml-engineer', re: new RegExp(String.raw`\b${ML} (?:developer|specialist|intern|internship)\b`) },
  { role: 'ml-engineer', re: /\bdeep learning engineer\b/ },

  // AI engineer
  {
    role: 'ai-engineer',
    re: new RegExp(String.raw`\b(?:${AI}|llm|prompt|ai agents?|agentic ai|agent|ai applications?)(?: software)? (?:engineer|developer)\b`),
  },
  { role: 'ai-engineer', re: /\bai (?:engineering|specialist)\b/ },

  // Data roles
  { role: 'data-engineering-manager', re: /\b(?:manager|head|director|vp),? (?:of )?data engineering\b|\bdata engineering (?:manager|lead|director)\b|\bdata platform (?:manager|director)\b/ },
  { role: 'data-architect', re: /\b(?:data|database|data warehouse|enterprise data|big data|data platform) architect\b/ },
  // O*NET's Database Architects list "Data Modeler"; ESCO's database designer is also "data model designer".
  { role: 'data-architect', re: /\b(?:data|database|data model) (?:modell?er|designer)\b/ },
  { role: 'analytics-engineer', re: /\banalytics (?:and )?(?:data )?engineer\b|\bdbt developer\b/ },
  { role: 'data-engineer', re: /\b(?:big )?data(?: ?\/ ?ml)? engineer\b|\b(?:etl|elt|extract[- ]transform[- ]load|datastage|informatica|data pipeline|data platform|data integration|data warehouse|datawarehouse|hadoop|spark|data warehousing) (?:engineer|developer)\b/ },
  { role: 'data-scientist', re: new RegExp(String.raw`\b(?:${AI} ?/ ?${ML} |${AI} |${ML} |applied |marketing |product |senior |lead |principal |staff )?data (?:and applied )?scientists?\b`) },
  { role: 'data-scientist', re: /\bdata science\b|\bdecision scientists?\b/ },
  { role: 'data-analyst', re: /\b(?:data|analytics|reporting|product|marketing|business intelligence|bi|insights|data visualization|data quality|data mining|sql|operations) analyst\b/ },
  { role: 'data-analyst', re: /\b(?:business intelligence|bi|power bi|tableau|reporting|data visualization) (?:developer|engineer|specialist)\b/ },
  { role: 'business-analyst', re: /\b(?:business|business systems|systems|requirements|it business|functional|process|technical business) analyst\b/ },
  { role: 'statistician', re: /\b(?:bio)?statisticians?\b|\bstatistical (?:analyst|programmer|consultant)\b|\bmathematical statistician\b/ },
  { role: 'quantitative-researcher', re: /\bquant(?:itative)? (?:research |equity |strategy )?(?:researcher|analyst|developer|strategist|modeler)\b|\bquant\b/ },

  // Management
  { role: 'ai-product-manager', re: new RegExp(String.raw`\b(?:${AI}|${ML}|ai ?/ ?ml|data|genai|llm)(?: platform)? product manager\b|\bproduct manager,? (?:-|\()? ?(?:${AI}|${ML}|ai ?/ ?ml|data|genai|llm)\b|\bproduct owner,? (?:-|\()? ?(?:${AI}|${ML})\b|\b(?:${AI}|${ML}) product owner\b`) },
  { role: 'engineering-manager', re: /\b(?:software |software development )?engineering (?:manager|supervisor)\b|\b(?:manager|director|head|vp),? (?:of )?(?:software )?engineering\b|\bdevelopment manager\b/ },

  // Infrastructure and operations
  { role: 'site-reliability-engineer', re: /\b(?:site reliability|sre|reliability|production) engineer(?:ing)?\b|\bsre\b/ },
  { role: 'devops-engineer', re: /\b(?:devops|dev ops|devsecops|build and release|release|ci ?\/ ?cd|build) (?:engineer|architect|developer|specialist)\b|\bdevops\b/ },
  { role: 'platform-engineer', re: /\b(?:platform|infrastructure|cloud infrastructure|kubernetes) (?:software )?engineer\b/ },
  { role: 'cloud-architect', re: /\b(?:cloud|aws|azure|gcp|google cloud|cloud solutions?|cloud infrastructure|cloud security|solutions?) architect\b|\bcloud (?:engineer|consultant|specialist)\b/ },
  { role: 'database-administrator', re: /\b(?:database|db|oracle|sql server|sql|dba) administrator\b|\bdba\b|\bdatabase (?:engineer|analyst|specialist|manager)\b/ },
  {
    role: 'security-engineer',
    re: /\b(?:security|cybersecurity|cyber security|information security|infosec|application security|appsec|network security|cloud security|product security|offensive security) (?:engineer|analyst|specialist|architect|researcher)\b|\bpenetration tester\b|\bpen tester\b|\bethical hacker\b|\b(?:cyber|cybersecurity|cyber security|security) (?:research )?scientist\b/,
  },

  // Software engineering family
  { role: 'frontend-engineer', re: /\b(?:frontend|ui|web ui|react|angular|vue|javascript|web) (?:software )?(?:engineer|developer)\b|\bweb developer\b/ },
  { role: 'backend-engineer', re: /\b(?:backend|server|server side|api) (?:software )?(?:engineer|developer)\b/ },
  { role: 'full-stack-engineer', re: /\bfullstack (?:software )?(?:engineer|developer)\b|\bfullstack\b/ },
  { role: 'mobile-engineer', re: /\b(?:mobile|ios|android|react native|flutter|mobile applications?|mobile apps?|mobile device) (?:software )?(?:engineer|developer)\b/ },
  { role: 'qa-engineer', re: /\b(?:qa|qa automation|quality assurance|quality|test|testing|test automation|automation test|software test|software quality|verification) (?:engineer|analyst|specialist|tester|lead)\b|\bsdet\b|\bsoftware tester\b|\bsoftware development engineer in test\b/ },
  { role: 'robotics-engineer', re: /\brobotics?(?: software| systems| controls?| application| perception)? (?:engineer|developer|scientist|specialist|technician)\b|\broboticist\b|\b(?:autonomy|motion planning) (?:software )?engineer\b/ },
  { role: 'software-engineer', re: new RegExp(String.raw`\b${SWE}\b|\bprogrammer\b|\bsoftware engineering\b|\bapplications? (?:developer|engineer)\b|\b(?:java|python|c\+\+|\.net|golang|go|rust|c#|scala) (?:software )?(?:engineer|developer)\b`) },
];

/**
 * The lexicon's compounds that texts also write apart ("front end", "full stack", "dev ops",
 * "machine learning ops"): an abbreviation whose short form is its long form's words run
 * together, or ends with its last word ("ml" + "ops").
 */
const COMPOUNDS: ReadonlyArray<[RegExp, string]> = [...abbreviations()]
  .filter(([short, long]) => long.length > 1 && (long.join('') === short || short.endsWith(long[long.length - 1]!)))
  .map(([short, long]) => [new RegExp(String.raw`\b${long.join(String.raw`[\s-]+`)}\b`, 'g'), short]);

/**
 * Abbreviations a title puts in brackets after spelling them out ("Machine Learning (ML)
 * Engineer"): the lexicon's (both its tables), but not its compounds ("(DevOps)", "(Frontend)"
 * name a field) nor its one-word ones ("Sr"). "dba" is no abbreviation any reader spells out.
 */
const BRACKETED = [...abbreviations(), ...abbreviations(TITLE_ABBREVIATION_LIST)]
  .filter(([short, long]) => long.length > 1 && long.join('') !== short)
  .map(([short]) => short);

/** Normalise a title for matching. Exported for tests. */
export function normalizeTitle(title: string): string {
  let t = title.toLowerCase();
  t = t.replace(/[–—−]/g, '-').replace(/&/g, ' and ');
  t = t.replace(/\ba\.i\./g, 'ai').replace(/\bm\.l\./g, 'ml');
  t = t.replace(/\bsr\.?(?=\s|$|\/)/g, 'senior').replace(/\bjr\.?(?=\s|$|\/)/g, 'junior');
  for (const [re, short] of COMPOUNDS) t = t.replace(re, short);
  t = t.replace(/\bmachine-learning\b/g, 'machine learning');
  t = t.replace(/\bdevelopment and operations\b/g, 'devops').replace(/\bml-ops\b/g, 'mlops').replace(/\bgen-ai\b/g, 'genai');
  t = t.replace(/\bsite-reliability\b/g, 'site reliability');
  // A hyphen before the head noun is a space ("Frontend-Developer", "Java-Engineer", as German
  // spelling on English boards), not a compound of its own.
  t = t.replace(/-(?=(?:developer|engineer)\b)/g, ' ');
  // Parenthesised abbreviations and levels: "Machine Learning (ML) Engineer", "(L5)".
  t = t.replace(new RegExp(String.raw`\((?:${[...BRACKETED, 'dba'].join('|')}|l\d+(?:\s*-\s*senior)?|[ivx]+)\)`, 'g'), ' ');
  t = t.replace(/\s+/g, ' ').trim();
  return t;
}

interface Candidate {
  role: string;
  priority: number;
  start: number;
  length: number;
}

/** The catalogued role a job title names, or null. */
export function titleToRole(title: string): string | null {
  const t = normalizeTitle(title);
  if (t === '') return null;
  let best: Candidate | null = null;
  for (const rule of TITLE_RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const c: Candidate = { role: rule.role, priority: rule.priority ?? 0, start: m.index, length: m[0].length };
    if (
      best === null ||
      c.priority > best.priority ||
      (c.priority === best.priority && (c.start < best.start || (c.start === best.start && c.length > best.length)))
    ) {
      best = c;
    }
  }
  return best?.role ?? null;
}
