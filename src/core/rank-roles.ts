import type { DutyIndex } from './duties';
import { phraseCoverage, type Coverage } from './duties';
import type { RuntimeRole } from './packed';
import type { Degree, Role, Seniority } from './schema';
import { SENIORITIES } from './vocabulary';
import { seniorityInTitle } from './requirements';
import type { SkillIndex } from './skill-index';
import { kindShare } from './role-kinds';
import { namedAs } from './role-names';
import { contentStems } from './stem';
import { titleFit, titleWords } from './title';
import type { Importance, RoleMatch, SkillHit } from './types';

/** Title words that say the kind of job but not the field ("Developer", "Engineering Programmer"). */
const GENERIC_TITLE_WORDS = new Set(['engineer', 'analyst', 'scientist', 'architect', 'manager', 'specialist', 'consultant', 'lead', 'senior', 'staff', 'principal']);

const titleKey = (words: readonly string[]) => [...new Set(words)].sort().join(' ');

/**
 * Each role's titles as word sets, without those that would fit any job ("Developer" is just
 * "engineer") or that are another role's own title ("Analyst Programmer" reads as "Analytics
 * Engineer"): those gave a role a strong title fit for postings of other roles. Built from the
 * source data's titles; the packed data ships them ready (src/core/pack.ts).
 */
export function roleTitles(roles: ReadonlyArray<Pick<Role, 'id' | 'title' | 'titleAliases'>>): string[][][] {
  const ownTitles = new Map(roles.map((r) => [titleKey(titleWords(r.title)), r.id]));
  return roles.map((role) => {
    const out: string[][] = [];
    role.titleAliases.forEach((t) => {
      const words = [...new Set(titleWords(t))];
      if (words.every((w) => GENERIC_TITLE_WORDS.has(w))) return;
      const owner = ownTitles.get(titleKey(words));
      if (owner !== undefined && owner !== role.id) return;
      out.push(words);
    });
    return [[...new Set(titleWords(role.title))], ...out];
  });
}

/** A role prepared once for scoring. */
export interface RoleModel {
  role: RuntimeRole;
  weights: ReadonlyMap<string, number>;
  /** The same weights by skill number (see RoleModels.numbers), for the hot loop. */
  byNumber: Float64Array;
  norm: number;
  /** Each duty phrase's distinct content stems, also by number (see dutyNumbering). */
  duties: Array<{ phrase: string; stems: string[]; nos: number[] }>;
  titles: string[][];
}

/**
 * A skill the duties name ("you'll build the pipelines in Spark") says nearly as much about which
 * role this is as one the posting prefers: it is the work. Not quite as much: a manager's posting
 * names the stack of the team it leads.
 */
const PRESENCE: Record<Importance, number> = { required: 1, preferred: 0.7, mentioned: 0.6 };
/** A posting skill also speaks, more softly, for its parent ("PyTorch" for deep-learning frameworks). */
const PARENT_ECHO = 0.5;
const DUTY_MATCH = 0.6;
/** How much a skill's weight depends on how few roles list it (0: not at all, 1: entirely). */
const IDF_MIX = 0.65;
/** Shared skills named in a role's reasons. */
const SHOWN = 6;

/** Skill id → a small number shared by all role models, so scoring indexes arrays, not maps. */
const numbering = new WeakMap<readonly RoleModel[], Map<string, number>>();
/** The duty phrases' distinct stems, in number order: a posting looks each up once, not once a phrase. */
const dutyNumbering = new WeakMap<readonly RoleModel[], readonly string[]>();

/** `titles`: roleTitles of the roles, which it computes when the roles have their title aliases. */
export function prepareRoles(roles: ReadonlyArray<RuntimeRole & Pick<Role, 'titleAliases'>>, idfMix?: number): RoleModel[];
export function prepareRoles(roles: readonly RuntimeRole[], idfMix: number | undefined, titles: readonly string[][][]): RoleModel[];
export function prepareRoles(roles: readonly RuntimeRole[], idfMix = IDF_MIX, titles?: readonly string[][][]): RoleModel[] {
  // Without titles, the first overload has made sure the roles carry their title aliases.
  const titlesOf = titles ?? roleTitles(roles as ReadonlyArray<RuntimeRole & Pick<Role, 'titleAliases'>>);
  const numbers = new Map<string, number>();
  for (const r of roles) for (const s of r.skills) if (!numbers.has(s.id)) numbers.set(s.id, numbers.size);
  // Skills most roles share (Python, SQL) separate roles less than the ones few roles have.
  // How many roles have a skill, each counted by its weight there against the strongest: Python in
  // every engineering role at 0.6-0.9 counts many times, Tableau strong in two roles and faint in
  // three counts barely more than two.
  const total = new Map<string, number>();
  const strongest = new Map<string, number>();
  for (const r of roles) {
    for (const s of r.skills) {
      total.set(s.id, (total.get(s.id) ?? 0) + s.weight);
      strongest.set(s.id, Math.max(strongest.get(s.id) ?? 0, s.weight));
    }
  }
  // Each skill's factor once, not once a role that lists it.
  const idfFactor = new Map<string, number>();
  for (const [id, t] of total) {
    const n = Math.max(1, t / strongest.get(id)!);
    const idf = Math.log(1 + roles.length / n) / Math.log(1 + roles.length);
    idfFactor.set(id, 1 - idfMix + idfMix * idf);
  }
  const dutyStems = new Map<string, number>();
  const dutyNo = (st: string) => {
    let no = dutyStems.get(st);
    if (no === undefined) dutyStems.set(st, (no = dutyStems.size));
    return no;
  };
  const models = roles.map((role, r) => {
    const weights = new Map<string, number>();
    for (const s of role.skills) weights.set(s.id, s.weight * idfFactor.get(s.id)!);
    let norm = 0;
    for (const w of weights.values()) norm += w * w;
    const byNumber = new Float64Array(numbers.size);
    for (const [id, w] of weights) byNumber[numbers.get(id)!] = w;
    return {
      role,
      weights,
      byNumber,
      norm: Math.sqrt(norm),
      duties: role.responsibilities.map((phrase) => {
        const stems = [...new Set(contentStems(phrase))];
        return { phrase, stems, nos: stems.map(dutyNo) };
      }),
      titles: titlesOf[r]!,
    };
  });
  numbering.set(models, numbers);
  dutyNumbering.set(models, [...dutyStems.keys()]);
  return models;
}

export interface RankInput {
  skills: readonly SkillHit[];
  /** How often the text names each role, by the models' order (role-names.ts). */
  named?: Float64Array;
  duties: DutyIndex;
  text: string;
  title: string | null;
  seniority: Seniority | null;
  degree: Degree | null;
}

/**
 * Without a title, how much more a skill said again and again weighs, by the log of its mentions:
 * what the posting keeps coming back to is its core, which a title would have said. A new-grad
 * ML engineer's posting that says "machine learning" ten times and "lead" once read, counted
 * once a skill, as the lead role's. With a title, the title says it. Held out from the
 * description: 82.8 → 83.4 % top-1, most of it ML engineer postings told from their siblings.
 */
const FOCUS = 0.5;

/** `focus`: weigh skills by how often the posting says them (FOCUS), when it has no title. */
function postingVector(skills: readonly SkillHit[], index: SkillIndex, focus: boolean): Map<string, number> {
  const v = new Map<string, number>();
  const add = (id: string, x: number) => v.set(id, Math.max(v.get(id) ?? 0, x));
  for (const s of skills) {
    const n = s.mentions.length;
    const x = focus && n > 1 ? PRESENCE[s.importance] * (1 + FOCUS * Math.log(n)) : PRESENCE[s.importance];
    add(s.id, x);
    const parent = index.skills.get(s.id)?.parent;
    if (parent) add(parent, x * PARENT_ECHO);
  }
  return v;
}

/**
 * Does the level the posting states tell this role from the others? From the text alone, only
 * for a role held at a few levels (the lead ML engineer, the managers, the architects: no junior
 * in its range), which a new graduate's posting is not. A role held at every level from junior up
 * is told from its neighbours by the work, not the level: the curated ranges differ by accident
 * (a data scientist's runs to staff and principal, an ML engineer's stops at senior, intern is
 * listed for four roles), so a posting that said "staff" or "intern" once leaned to the roles
 * whose list happens to hold it. With a title, its level is weighed against every role's range.
 */
function levelDecides(role: RuntimeRole, hasTitle: boolean): boolean {
  return hasTitle || !role.seniority.includes('junior');
}

function seniorityFit(role: RuntimeRole, seniority: Seniority | null): number {
  if (!seniority) return 0.5;
  if (role.seniority.includes(seniority)) return 1;
  const at = SENIORITIES.indexOf(seniority);
  const near = role.seniority.some((s) => Math.abs(SENIORITIES.indexOf(s) - at) === 1);
  return near ? 0.5 : 0;
}

/**
 * A title's level outside the role's range weakens the title's fit: "Staff AI/ML Engineer" shares
 * more words with "AI/ML Engineer" than with "Staff Machine Learning Engineer", yet a staff
 * title is the lead role's.
 */
function levelFit(role: RuntimeRole, titleLevel: Seniority | null): number {
  if (!titleLevel || !PURE_LEVELS.has(titleLevel)) return 1;
  return role.seniority.includes(titleLevel) ? 1 : TITLE_LEVEL_MISMATCH;
}
/** Levels that are only levels: "Manager" and "Director" are also what some roles are called ("AI Product Manager"). */
const PURE_LEVELS: ReadonlySet<Seniority> = new Set<Seniority>(['intern', 'junior', 'mid', 'senior', 'lead', 'staff', 'principal']);
const TITLE_LEVEL_MISMATCH = 0.85;

const DEGREE_LEVEL: Record<Degree, number> = { bachelor: 1, master: 2, phd: 3 };
function degreeFit(role: RuntimeRole, degree: Degree | null): number {
  if (!degree) return 0.5;
  const d = Math.abs(DEGREE_LEVEL[role.degree.typical] - DEGREE_LEVEL[degree]);
  return d === 0 ? 1 : d === 1 ? 0.4 : 0;
}


/** How the evidence is weighed: with a title, and from the text alone. Each set sums to 1. */
export const RANK_WEIGHTS = {
  withTitle: { skills: 0.4, duties: 0.05, title: 0.4, named: 0, kind: 0, seniority: 0.1, degree: 0.05 },
  textOnly: { skills: 0.7, duties: 0.04, title: 0, named: 0.13, kind: 0.07, seniority: 0.03, degree: 0.03 },
};

export interface RoleEvidence {
  model: RoleModel;
  skillScore: number;
  dutyScore: number;
  /** Share of the text's role names that name this role, against the most named one. */
  namedScore: number;
  /** How much the text calls the job by this role's kind (engineer, scientist, analyst…): role-kinds.ts kindShare. */
  kindScore: number;
  titleScore: number;
  seniority: number;
  degree: number;
  /** How many of the posting's skills the role lists. */
  sharedCount: number;
  /** The strongest of them (at most SHOWN), strongest first. */
  topShared: string[];
  /** The posting's own words for the role's duties it says, best covered first. */
  duties: string[];
  /** The posting's words that name this role, when it names it. */
  namedAs?: string;
}

/** Longest quote of the posting a reason carries. */
const QUOTE_MAX = 70;

/** The posting's sentence that says a duty, cut at a word near QUOTE_MAX: a reason quotes the posting, not the profile. */
function quote(text: string, span: { start: number; end: number }): string {
  // A long sentence (a list run together into one line) is read from its start only, when that
  // decides the quote: see quotedStart.
  if (span.end - span.start > QUOTE_READ) {
    const head = quotedStart(text.slice(span.start, span.start + QUOTE_READ));
    if (head !== null) return cutQuote(head);
  }
  return cutQuote(withoutEndPunctuation(quoteBody(text.slice(span.start, span.end))));
}

/** Spaces that folding changes: any but one plain space. Most sentences have none, and a test costs less than a replace. */
const FOLDABLE_SPACE = /[^\S ]|\s\s/;
/** What a bullet may be made of (the spaces before it are trimmed first). */
const BULLETS = /^[-•*·–\s]+/;

/** The sentence's words without its bullet, before a heading run into it is taken off. */
function unbulleted(sentence: string): string {
  const words = (FOLDABLE_SPACE.test(sentence) ? sentence.replace(/\s+/g, ' ') : sentence).trim();
  const c = words.charCodeAt(0);
  // "-", "*", "·", "•", "–"
  return c === 45 || c === 42 || c === 0xb7 || c === 0x2022 || c === 0x2013 ? words.replace(BULLETS, '') : words;
}

/** A heading run into the sentence ("Duties Include: Build dashboards…") is not the duty. */
const RUN_IN_HEADING = /^(?:[\p{L}'’&/]+ ){0,3}[\p{L}'’&/]+: /u;

/** Without a heading run into it: only a sentence with ": " in it can have one. */
function withoutRunInHeading(words: string): string {
  return words.includes(': ') ? words.replace(RUN_IN_HEADING, '') : words;
}

function quoteBody(sentence: string): string {
  return withoutRunInHeading(unbulleted(sentence));
}

/** What `/[.;:,\s]+$/` takes off the end: full stops, semicolons, colons, commas and spaces (the words are folded: a space is " "). */
function withoutEndPunctuation(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); c === 46 || c === 59 || c === 58 || c === 44 || c === 32; c = s.charCodeAt(end - 1)) end--;
  return end === s.length ? s : s.slice(0, end);
}

function cutQuote(s: string): string {
  if (s.length <= QUOTE_MAX) return s;
  const cut = s.lastIndexOf(' ', QUOTE_MAX);
  return `${s.slice(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX)}…`;
}

/** How much of a long sentence is read for its quote. */
const QUOTE_READ = 400;
/** A character RUN_IN_HEADING can't read: every try of it stops there. */
const NOT_HEADING_CHAR = /[^\p{L}'’&/ :]/u;
const NOT_END_PUNCTUATION = /[^.;:,\s]/;

/**
 * The first QUOTE_MAX + 1 characters of a sentence's quoteBody (all cutQuote reads of a longer
 * one), from the sentence's first QUOTE_READ characters, when these decide them: the bullet ends
 * and RUN_IN_HEADING meets a character it can't read within them (a whole character, not half a
 * surrogate pair cut off at the end), and a character the end's trimming keeps stands past
 * QUOTE_MAX. Else null, and the whole sentence is read.
 */
function quotedStart(head: string): string | null {
  const words = unbulleted(head);
  const stop = NOT_HEADING_CHAR.exec(words);
  if (stop === null || stop.index >= words.length - 1) return null;
  const body = withoutRunInHeading(words);
  for (let i = body.length - 1; i > QUOTE_MAX; i--) if (NOT_END_PUNCTUATION.test(body[i]!)) return body.slice(0, QUOTE_MAX + 1);
  return null;
}

/** `list.splice(at, 0, item)` without the array of removed items splice makes: the roles insert 600 a posting. */
function insertAt<T>(list: T[], at: number, item: T): void {
  list.push(item);
  for (let j = list.length - 1; j > at; j--) list[j] = list[j - 1]!;
  list[at] = item;
}

/** The evidence for every role, before weighing (kept apart so eval can study it). */
export function roleEvidence(models: readonly RoleModel[], input: RankInput, index: SkillIndex): RoleEvidence[] {
  const title = new Set(input.title ? titleWords(input.title) : []);
  const vec = postingVector(input.skills, index, title.size === 0);
  let vnorm = 0;
  for (const x of vec.values()) vnorm += x * x;
  vnorm = Math.sqrt(vnorm);
  const titleLevel = input.title ? seniorityInTitle(input.title) : null;
  const numbers = numbering.get(models) ?? new Map<string, number>();
  let mostNamed = 0;
  for (const c of input.named ?? []) if (c > mostNamed) mostNamed = c;
  const entries: Array<{ id: string; no: number; x: number; shown: boolean }> = [];
  // Reasons cite only what the posting says: a parent echoed from its child ("Artificial
  // intelligence" from "machine learning") weighs in the score, but is not named.
  const said = new Set(input.skills.map((sk) => sk.id));
  for (const [id, x] of vec) {
    const no = numbers.get(id);
    // A skill no role lists counts in the posting's norm but can't be shared with any role.
    if (no !== undefined) entries.push({ id, no, x, shown: said.has(id) && index.skills.get(id)?.category !== 'group' });
  }
  const stemLists = (dutyNumbering.get(models) ?? []).map((st) => input.duties.byStem.get(st));
  /** Each sentence quoted once: the roles share the posting's few duty sentences, some of them long run-together lines. */
  const quotes = new Map<number, string>();
  const covered: Coverage = { coverage: 0, work: 0, sentence: -1 };
  return models.map((m, r) => {
    let dot = 0;
    let sharedCount = 0;
    const strongest: Array<[string, number]> = [];
    for (const e of entries) {
      const w = m.byNumber[e.no]!;
      if (w === 0) continue;
      const v = w * e.x;
      dot += v;
      if (!e.shown) continue;
      sharedCount++;
      // Keep the SHOWN strongest by insertion: cheaper than sorting every role's list.
      if (strongest.length < SHOWN || v > strongest[strongest.length - 1]![1]) {
        let at = strongest.length;
        while (at > 0 && strongest[at - 1]![1] < v) at--;
        insertAt(strongest, at, [e.id, v]);
        if (strongest.length > SHOWN) strongest.pop();
      }
    }
    // The role's four best-said duties.
    const top: Array<{ sentence: number; c: number; work: number }> = [];
    for (const d of m.duties) {
      phraseCoverage(input.duties, stemLists, d.nos, covered);
      const { coverage: c, work, sentence } = covered;
      if (top.length < 4 || c > top[top.length - 1]!.c) {
        // After the ones as good: the order a stable sort would give.
        let at = top.length;
        while (at > 0 && top[at - 1]!.c < c) at--;
        insertAt(top, at, { sentence, c, work });
        if (top.length > 4) top.pop();
      }
    }
    let dutySum = 0;
    const duties: string[] = [];
    for (const { sentence, c, work } of top) {
      dutySum += c;
      // Quoted as a duty only where the posting says it as work: not "Master's degree in
      // Computer Science, Machine Learning…" or "5+ years of experience deploying models".
      const span = input.duties.sentences[sentence];
      if (work < DUTY_MATCH || !span) continue;
      let words = quotes.get(sentence);
      if (words === undefined) quotes.set(sentence, (words = quote(input.text, span)));
      if (words && !duties.includes(words)) duties.push(words);
    }
    return {
      model: m,
      skillScore: vnorm > 0 && m.norm > 0 ? dot / (vnorm * m.norm) : 0,
      dutyScore: Math.min(1, dutySum / 4),
      // Against one full name at least: a generic name alone ("Software Engineer") stays weak.
      namedScore: mostNamed > 0 ? input.named![r]! / Math.max(1, mostNamed) : 0,
      kindScore: kindShare(input.named, r),
      titleScore: title.size > 0 ? m.titles.reduce((best, t) => Math.max(best, titleFit(title, t)), 0) * levelFit(m.role, titleLevel) : 0,
      // A role the level does not decide fits any level, as well as the best fitting one.
      seniority: input.seniority && !levelDecides(m.role, title.size > 0) ? 1 : seniorityFit(m.role, input.seniority),
      degree: degreeFit(m.role, input.degree),
      sharedCount,
      topShared: strongest.map(([id]) => id),
      duties,
      namedAs: namedAs(input.named, r),
    };
  });
}

export function weighEvidence(e: RoleEvidence, hasTitle: boolean, weights = RANK_WEIGHTS): number {
  const w = hasTitle ? weights.withTitle : weights.textOnly;
  return w.skills * e.skillScore + w.duties * e.dutyScore + w.title * e.titleScore + w.named * e.namedScore + w.kind * e.kindScore + w.seniority * e.seniority + w.degree * e.degree;
}

/**
 * Every role scored in [0, 1] with its reasons, best first; ties by id, compared as plain strings:
 * the ids are lowercase kebab-case (skillIdSchema), where that is the order localeCompare gives in
 * English, and the first localeCompare in a page builds ICU's collator, 11–19 ms of the page's
 * CPU in Chromium (and 14 ms in Node), a fifth of the engine's first analysis.
 */
export function rankRoles(models: readonly RoleModel[], input: RankInput, index: SkillIndex, weights = RANK_WEIGHTS): RoleMatch[] {
  const hasTitle = Boolean(input.title && titleWords(input.title).length > 0);
  return roleEvidence(models, input, index)
    .map((e) => {
      const score = weighEvidence(e, hasTitle, weights);
      const reasons: string[] = [];
      if (e.titleScore >= 0.6) reasons.push(`Title fits "${e.model.role.title}"`);
      // A partial fit still moves the score (up to 0.3 × the title's weight): say so.
      else if (e.titleScore >= 0.1) reasons.push(`Title partly fits "${e.model.role.title}"`);
      else if (!hasTitle && e.namedScore === 1) reasons.push(`The text names the role ("${e.namedAs ?? e.model.role.title}")`);
      if (e.sharedCount > 0) {
        const names = e.topShared.map((id) => index.skills.get(id)?.name ?? id);
        const more = e.sharedCount - names.length;
        reasons.push(`Shares ${e.sharedCount} of its skills: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
      } else {
        reasons.push('Shares none of its characteristic skills');
      }
      if (e.duties.length > 0) reasons.push(`Duties it names: "${e.duties.slice(0, 2).join('", "')}"`);
      if (input.seniority && e.seniority === 1 && levelDecides(e.model.role, hasTitle)) reasons.push(`Seniority fits (${input.seniority})`);
      if (input.degree && e.degree === 1) reasons.push(`Degree fits (${input.degree === 'phd' ? 'PhD' : input.degree})`);
      if (input.degree && e.degree === 0) {
        reasons.push(`Asks for a ${input.degree === 'phd' ? 'PhD' : `${input.degree}'s degree`}, unusual for this role`);
      }
      return { id: e.model.role.id, title: e.model.role.title, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reasons };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
