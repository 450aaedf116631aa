import { examplesOpenerSource, STAND_IN_OPENERS } from './examples-openers';

/**
 * Alternatives in one sentence or list item: "AWS, GCP or Azure", "TensorFlow/PyTorch",
 * "frameworks such as PyTorch or JAX", "one of Scala, Java, C++", "Airflow or similar". Any
 * member meets such a requirement, so the gap counts it once. "Python and SQL" is two
 * requirements, and so is a plain comma list ("Python, SQL, Spark").
 *
 * Pure: works on the sentence's text and the skill mentions found in it.
 */

export interface SentenceMention {
  skillId: string;
  /** Offsets into the sentence text, end exclusive. */
  start: number;
  end: number;
}

export interface AlternativeGroup {
  /** The alternatives, in the order written, each once. */
  ids: string[];
  /**
   * The generic skill the alternatives are examples of ("cloud platforms" in "cloud platforms
   * such as AWS or GCP"; "Workflow orchestration" for "Airflow or similar"): the group is met by
   * any of its children too. Absent when the sentence names none.
   */
  parent?: string;
}

/** The taxonomy's parent link, passed in so this stays free of the index. */
export type ParentOf = (id: string) => string | undefined;

type Joiner = ',' | 'or' | 'and' | '/';

/**
 * The few gaps that recur (", ", " or ", "/") are answered from a memo: this runs for every pair
 * of neighbouring skills in every sentence. Short gaps only, and bounded, like stem.ts's cache.
 */
const JOINERS = new Map<string, Joiner | null>();
const JOINER_MEMO_GAP = 24;
const JOINER_MEMO_SIZE = 4096;

/** What may stand between two items of one list, and which kind of link it is. */
function joinerOf(gap: string): Joiner | null {
  // Nothing at all between two names: a list item glued to the next one by scraping
  // ("such as CUDALinux systems programming"), not one list.
  if (gap.length === 0) return null;
  if (gap.length > JOINER_MEMO_GAP) return readJoiner(gap);
  let j = JOINERS.get(gap);
  if (j === undefined) {
    j = readJoiner(gap);
    if (JOINERS.size >= JOINER_MEMO_SIZE) JOINERS.clear();
    JOINERS.set(gap, j);
  }
  return j;
}

/** The gaps that make an alternative ("and/or" leaves the choice to the candidate) and those that add an item. */
const OR_GAP = /^,? ?(?:or|and ?\/ ?or|nor)$/;
const AND_GAP = /^,? ?(?:and|&|as well as|plus)$/;

/**
 * A character no joiner is written with, in any case (no other character lower-cases to one of
 * theirs): a gap without a note in parentheses that holds one joins nothing, and most long gaps
 * (words between two skills) are told so without being rewritten. The letters are the joiner
 * words' own, read from the patterns above.
 */
const NOT_JOINER_CHAR: RegExp = (() => {
  const letters = [...new Set(`${OR_GAP.source}${AND_GAP.source}`.match(/[a-z]/g))].join('');
  return new RegExp(`[^\\s,/|·•&${letters}${letters.toUpperCase()}]`);
})();

function readJoiner(gap: string): Joiner | null {
  // A short note in parentheses is no break: "Python (preferred), Ruby, or Java".
  const noted = gap.includes('(');
  if (!noted && NOT_JOINER_CHAR.test(gap)) return null;
  const g = (noted ? gap.replace(/\([^()]{1,30}\)/g, ' ') : gap).replace(/\s+/g, ' ').trim().toLowerCase();
  if (g === '/' ) return '/';
  // A tag line ("Python | SQL | AWS") lists separate skills, like commas.
  if (g === ',' || g === '' || g === '|' || g === '·' || g === '•') return ',';
  if (OR_GAP.test(g)) return 'or';
  if (AND_GAP.test(g)) return 'and';
  return null;
}

/**
 * Words before a list that offer a choice: "one of", "any of", "either"; and "including but not
 * limited to", whose items are examples (plain "including" lists what is asked, each of it).
 */
const CHOICE_OPENERS = String.raw`(?:at least |any )?one (?:or more )?of(?: the following)?(?: [\p{L}-]+)?|any of|either|some of|including,? but not limited to`;
const CHOICE_FIRST_LETTERS = 'aeosi';

/**
 * Words before a list that make its items stand-ins (the lexicon's examples openers: "such as",
 * "e.g.") or choices: any one will do. Sticky, and tried only where a word starts
 * with one of their first letters (endsWithIntro): anchored at the end, it would otherwise be
 * tried at every character of the text before each list.
 */
const INTRO = new RegExp(String.raw`\b(?:${examplesOpenerSource(STAND_IN_OPENERS)}|${CHOICE_OPENERS})\s*[:,]?\s*\(?\s*$`, 'iuy');

/** What \b counts as a word character under the u and i flags: ASCII letters, digits, _, and ſ and K (Kelvin), which fold to s and k. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;

/** The letters the intros start with, lower-cased, and what folds to them under the i and u flags (ſ to s, K to k). */
const FIRST_CODES: ReadonlySet<number> = (() => {
  const codes = new Set<number>();
  for (const letter of [...STAND_IN_OPENERS.map((p) => p[0]!), ...CHOICE_FIRST_LETTERS]) codes.add(letter.charCodeAt(0));
  if (codes.has(115)) codes.add(0x17f);
  if (codes.has(107)) codes.add(0x212a);
  return codes;
})();

/** FIRST_CODES for ASCII, as a table: read for every character before each list. */
const FIRST_ASCII: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (FIRST_CODES.has(c | 0x20)) table[c] = 1;
  return table;
})();

/** INTRO.test(before), trying the regex only where one of its first words can start. */
function endsWithIntro(before: string): boolean {
  for (let p = 0; p < before.length; p++) {
    const c = before.charCodeAt(p);
    if (c < 128 ? FIRST_ASCII[c] === 0 : !FIRST_CODES.has(c)) continue;
    if (p > 0 && isWordChar(before.charCodeAt(p - 1))) continue;
    INTRO.lastIndex = p;
    if (INTRO.test(before)) return true;
  }
  return false;
}

/** After a list: "or similar", "or equivalent", "or other cloud platforms". */
const SIMILAR = /^(?:[\s-]+[\p{L}]+){0,3}\s*,?\s*(?:\)\s*)?(?:or|and\/or)\s+(?:an?\s+)?(?:similar|equivalent|comparable|related|alternative|other|another|any other)\b/iu;

/** A parenthesis that opens right after the generic skill: "cloud platforms (AWS, GCP, Azure)". */
const OPEN_PAREN = /^\s*\(\s*(?:e\.? ?g\.?\s*[:,]?\s*)?$/i;

interface Unit {
  ids: string[];
  start: number;
  end: number;
}

/** The units' ids in order (flatMap is slow in V8, and this runs for every run of every sentence). */
function idsOf(units: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) for (const id of u.ids) out.push(id);
  return out;
}

function isAncestor(maybeParent: string, id: string, parentOf: ParentOf): boolean {
  let cur = parentOf(id);
  for (let depth = 0; cur !== undefined && depth < 6; depth++) {
    if (cur === maybeParent) return true;
    cur = parentOf(cur);
  }
  return false;
}

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The longest opener of examples between the mention before it and the first example (", such as"). */
const OPENER_MAX = 20;
/** How far before an opener of examples its kind may be named ("…languages commonly used for X and Y, such as"). */
const KIND_REACH = 100;

/** The generic skill, named as a kind before other mentions and within reach, that the examples are of. */
function kindFurtherBack(text: string, runs: readonly { units: readonly Unit[] }[], r: number, from: number, members: readonly string[], parentOf: ParentOf, isGeneric: (id: string) => boolean): string | undefined {
  for (let k = r - 1; k >= 0; k--) {
    const units = runs[k]!.units;
    for (let u = units.length - 1; u >= 0; u--) {
      const unit = units[u]!;
      if (from - unit.end > KIND_REACH) return undefined;
      const id = unit.ids[0]!;
      // Written as a kind, in the plural ("programming languages"), not asked as itself ("applied machine learning").
      const plural = /[^s']s$/i.test(text.slice(unit.start, unit.end));
      if (plural && unit.ids.length === 1 && isGeneric(id) && members.some((m) => isAncestor(id, m, parentOf))) return id;
    }
  }
  return undefined;
}

/** The nearest parent all the ids share, if any (for "Airflow or similar"). */
function sharedParent(ids: readonly string[], parentOf: ParentOf): string | undefined {
  const first = ids[0];
  if (first === undefined) return undefined;
  let cur = parentOf(first);
  for (let depth = 0; cur !== undefined && depth < 6; depth++) {
    const candidate = cur;
    if (ids.every((id) => id === candidate || isAncestor(candidate, id, parentOf))) return candidate;
    cur = parentOf(cur);
  }
  return undefined;
}

/**
 * Splits a run of items at "and" when it also has an "or": "Python or Java, and SQL" is
 * (Python or Java) and SQL.
 */
function splitAtAnd(units: readonly Unit[], links: readonly Joiner[]): Array<{ units: Unit[]; links: Joiner[] }> {
  const out: Array<{ units: Unit[]; links: Joiner[] }> = [{ units: [units[0]!], links: [] }];
  links.forEach((link, i) => {
    const next = units[i + 1]!;
    if (link === 'and') out.push({ units: [next], links: [] });
    else {
      const cur = out[out.length - 1]!;
      cur.units.push(next);
      cur.links.push(link);
    }
  });
  return out;
}

/**
 * `isGeneric` tells a kind of thing ("Cloud platforms", "BI tools") from a product: after a
 * product, a list in parentheses names its parts ("AWS (SageMaker, S3, Lambda)"), all asked.
 */
export function findAlternatives(
  text: string,
  mentions: readonly SentenceMention[],
  parentOf: ParentOf,
  isGeneric: (id: string) => boolean = () => true,
): AlternativeGroup[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const ms: SentenceMention[] = [];
  for (const m of sorted) if (ms.length === 0 || m.start >= ms[ms.length - 1]!.end) ms.push(m);
  if (ms.length === 0) return [];

  // "TensorFlow/PyTorch" binds tighter than commas and "or": one unit of alternatives.
  const units: Unit[] = [];
  for (const m of ms) {
    const last = units[units.length - 1];
    if (last && /^\s*\/\s*$/.test(text.slice(last.end, m.start))) {
      last.ids.push(m.skillId);
      last.end = m.end;
    } else units.push({ ids: [m.skillId], start: m.start, end: m.end });
  }

  // Runs of units joined by commas, "or", "and"; anything else between two units ends a run.
  const runs: Array<{ units: Unit[]; links: Joiner[] }> = [];
  for (const u of units) {
    const run = runs[runs.length - 1];
    const lastUnit = run?.units[run.units.length - 1];
    const link = lastUnit ? joinerOf(text.slice(lastUnit.end, u.start)) : null;
    if (run && link && link !== '/') {
      run.units.push(u);
      run.links.push(link);
    } else runs.push({ units: [u], links: [] });
  }

  const groups: AlternativeGroup[] = [];
  const add = (ids: string[], parent?: string) => {
    const unique = uniq(ids).filter((id) => id !== parent);
    if (unique.length >= 2 || (unique.length === 1 && parent !== undefined)) {
      groups.push(parent !== undefined ? { ids: unique, parent } : { ids: unique });
    }
  };

  // A generic skill named after its examples ("AWS, GCP or other cloud platforms") is the
  // group's name, not a run of its own.
  const namesGroup = new Set<Unit>();
  runs.forEach((run, r) => {
    const first = run.units[0]!;
    if (namesGroup.has(first)) return;
    // In "such as AWS, GCP, or Azure, and containerization" the examples end at the "and".
    const parts = run.links.includes('or') && run.links.includes('and') ? splitAtAnd(run.units, run.links) : [run];
    const head = parts[0]!;
    const last = head.units[head.units.length - 1]!;
    const members = idsOf(head.units);
    // "cloud environments (AWS, GCP, Azure)": a list in parentheses gives examples.
    const prevRun = runs[r - 1];
    const prevUnit = prevRun?.units[prevRun.units.length - 1];
    const afterProduct = prevUnit !== undefined && /^\s*\($/.test(text.slice(prevUnit.end, first.start)) && !prevUnit.ids.every(isGeneric);
    const inParens =
      head.units.length > 1 && !afterProduct && text.slice(0, first.start).trimEnd().endsWith('(') && /^\s*(?:,?\s*etc\.?\s*)?\)/.test(text.slice(last.end));
    const intro = inParens || endsWithIntro(text.slice(Math.max(0, first.start - 60), first.start));

    // A generic skill right before the examples: "cloud platforms such as AWS or GCP",
    // "a deep learning framework (e.g. PyTorch)".
    let parent: string | undefined;
    if (prevUnit && prevUnit.ids.length === 1) {
      const between = text.slice(prevUnit.end, first.start);
      const introduces = intro ? between.trim().length <= 40 : OPEN_PAREN.test(between) && isGeneric(prevUnit.ids[0]!);
      if (introduces && members.some((id) => isAncestor(prevUnit.ids[0]!, id, parentOf))) parent = prevUnit.ids[0]!;
    }
    // Or a few words before that: "one or more programming languages commonly used for data
    // management and machine learning, such as Python, C++".
    // The opener must follow a mention there: after "to improve business scenarios, such as"
    // the examples are of the scenarios.
    if (parent === undefined && intro && prevUnit && text.slice(prevUnit.end, first.start).trim().length <= OPENER_MAX) {
      parent = kindFurtherBack(text, runs, r, first.start, members, parentOf, isGeneric);
    }
    // Or right after them: "AWS, GCP or other cloud platforms".
    const similar = SIMILAR.test(text.slice(last.end, last.end + 80));
    const next = runs[r + 1]?.units[0];
    if (similar && parent === undefined && next && next.ids.length === 1) {
      const gapToNext = text.slice(last.end, next.start);
      if (gapToNext.length <= 50 && SIMILAR.test(gapToNext) && members.some((id) => isAncestor(next.ids[0]!, id, parentOf))) {
        parent = next.ids[0]!;
        namesGroup.add(next);
      }
    }

    let rest = parts;
    if (intro || parent !== undefined) {
      add(members, parent);
      rest = parts.slice(1);
    } else if (similar && parts.length === 1) {
      // "Airflow or similar": the nearest parent the items share stands for "similar".
      return add(members, sharedParent(members, parentOf));
    }
    // Plain runs: alternatives when joined by "or"; "and" splits a mixed run.
    for (const part of rest) {
      if (part.links.includes('or')) add(idsOf(part.units));
      else for (const u of part.units) if (u.ids.length > 1) add(u.ids);
    }
  });
  return groups;
}
