import { findAlternatives, type SentenceMention } from './alternatives';
import { examplesOpenerSource } from './examples-openers';
import { importanceOf } from './extract';
import { sentenceAt, type Sentence, type Structure } from './sections';
import { askKindFields } from './kind-fields';
import { isGenericSkill, namesAKind } from './kinds';
import type { SkillIndex, SkillInfo } from './skill-index';
import type { SkillHit } from './types';

/**
 * Marks each skill hit with what kind of ask it is: one of alternatives (`anyOf`), or a soft
 * skill (`soft`). Alternatives are read sentence by sentence (src/core/alternatives.ts); a skill
 * is one of a group when more than half the mentions that give it its importance sit in one, so
 * "ETL" asked in nine sentences, or "strong AWS skills" beside "AWS, GCP, or Azure", stays an ask
 * of its own; "GCP" and "Azure" are then its alternatives.
 */
export function annotateAsks(skills: SkillHit[], text: string, structure: Structure, index: SkillIndex): void {
  demoteKindHeads(skills, text, structure, index);
  const parentOf = (id: string) => index.skills.get(id)?.parent ?? undefined;
  const isGeneric = (id: string) => isGenericSkill(index.skills.get(id));
  const bySentence = new Map<Sentence, SentenceMention[]>();
  /** Per skill: how many of its strongest mentions there are, and how many sit in a group. */
  const counts = new Map<string, { strong: number; grouped: number }>();

  for (const hit of skills) {
    const category = index.skills.get(hit.id)?.category;
    // Spoken languages sit under soft skills in the taxonomy, but a posting asks them as a must.
    const spoken = index.skills.get(hit.id)?.parent === 'spoken-languages';
    if (category === 'soft-skill' && !spoken) hit.soft = true;
    // Soft skills and industries are never alternatives to a hard skill.
    if (hit.importance === 'mentioned' || hit.soft || category === 'domain') continue;
    for (const m of hit.mentions) {
      const sentence = sentenceAt(structure.sentences, m.start);
      if (!sentence || importanceOf(sentence, structure) !== hit.importance) continue;
      const c = counts.get(hit.id) ?? { strong: 0, grouped: 0 };
      c.strong++;
      counts.set(hit.id, c);
      const list = bySentence.get(sentence) ?? [];
      list.push({ skillId: hit.id, start: m.start - sentence.start, end: m.end - sentence.start });
      bySentence.set(sentence, list);
    }
  }

  // A skill in two groups ("AWS or GCP" here, "GCP or Azure" there) belongs to the first: each
  // group stays one ask, and the second is still met by the shared skill.
  const groupOf = new Map<string, string[]>();
  /** Parents written as a kind ("workflow orchestration tools", "cloud platforms"): the group's name. */
  const kindNames = new Set<string>();
  const sentences = [...bySentence.keys()].sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    const mentions = bySentence.get(sentence)!;
    // One skill alone is a group only with "or similar" after it.
    if (mentions.length === 1 && !/\bor\b/i.test(text.slice(mentions[0]!.end + sentence.start, sentence.end))) continue;
    // A few characters before the sentence too: "e.g." may have ended the one before it.
    const from = Math.max(0, sentence.start - 12);
    const shifted = mentions.map((m) => ({ skillId: m.skillId, start: m.start + sentence.start - from, end: m.end + sentence.start - from }));
    for (const g of findAlternatives(text.slice(from, sentence.end), shifted, parentOf, isGeneric)) {
      const ids = g.parent !== undefined ? [g.parent, ...g.ids] : g.ids;
      // Each mention of a member in this sentence is accounted for by the group.
      for (const m of mentions) if (ids.includes(m.skillId)) counts.get(m.skillId)!.grouped++;
      for (const id of ids) if (!groupOf.has(id)) groupOf.set(id, ids);
      const head = g.parent !== undefined ? mentions.find((m) => m.skillId === g.parent) : undefined;
      if (head && !fieldAsked(index.skills.get(head.skillId), sentence) && writtenAsKind(text, sentence.start + head.start, sentence.start + head.end)) kindNames.add(head.skillId);
    }
  }
  for (const hit of skills) {
    const c = counts.get(hit.id);
    const ids = groupOf.get(hit.id);
    // Mostly asked as one of a group (a tag line or a duty may name it again): one of the group.
    if (c && ids && c.grouped * 2 > c.strong) {
      hit.anyOf = ids;
      if (kindNames.has(hit.id)) hit.kindName = true;
    }
  }
  askKindFields(skills, index);
}

/** Where the next word starts from an offset (the text's end if none). */
function nextWordAt(text: string, from: number): number {
  const m = /[\p{L}\p{N}]/u.exec(text.slice(from, from + 20));
  return m ? from + m.index : text.length;
}

/**
 * A field asked with a kind's noun: "computer vision models such as YOLO", "Experience working in
 * cloud environments (AWS, GCP, Azure)", "similar Agile methodologies". Its own name is no kind
 * ("Computer vision", "Cloud computing", "Agile") and its category a field's, so the requirement
 * asks for the field as well as its examples (the labels name both). In the duties the field is
 * where the work happens ("Deploy models into cloud environments (AWS, GCP, Azure)"): there the
 * products are the ask.
 */
function fieldAsked(skill: SkillInfo | undefined, sentence: Sentence): boolean {
  return skill !== undefined && FIELD_CATEGORIES.has(skill.category) && !namesAKind(skill) && sentence.kind !== 'responsibilities';
}

/** The categories whose skills are fields, methods or areas; "Workflow orchestration" (in "Airflow or similar workflow orchestration tools") is a kind of tool. */
const FIELD_CATEGORIES: ReadonlySet<string> = new Set(['ml-concept', 'method', 'statistics', 'cloud']);

/**
 * "cloud platforms", "Airflow or similar workflow orchestration tools": a plural names a kind. Not
 * a plural of a practice's ways ("MLOps principles and tools like MLflow", "model optimization
 * techniques (e.g., quantization, pruning)"): the practice is asked with its examples. Nor a name
 * whose last word is camel-cased, a capital and small letters after another letter ("DevOps",
 * "MLOps"); "APIs", "LLMs" (no small letter after the last capital) are plurals.
 */
function writtenAsKind(text: string, start: number, end: number): boolean {
  const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  const name = text.slice(start, end);
  const last = /[\p{L}]+$/u.exec(name)?.[0] ?? '';
  if (WAYS_OF_A_PRACTICE.test(last) || WAYS_OF_A_PRACTICE.test(next)) return false;
  return (/[^s']s$/i.test(name) && !/[A-Za-z][A-Z][a-z]+s$/.test(last)) || /^[\p{Ll}]{3,}[^s']s$/u.test(next);
}

/** The ways a practice is done, not a kind of product: "MLOps principles", "optimization techniques". */
const WAYS_OF_A_PRACTICE = /^(?:principles|practices|techniques|methods|methodologies|concepts|fundamentals|approaches)$/i;

/**
 * What opens the examples of a kind right after its name: "(", ":", an examples opener of the
 * lexicon ("such as", "e.g.", "including"; "E.g." too) or "preferably" ("cloud platforms,
 * preferably GCP"), also after a second kind ("frameworks and tools such as") and glued to the
 * first example as scraped text has it ("such asPyTorch").
 */
const EXAMPLES_AFTER = new RegExp(String.raw`^(?:\s+(?:and|or|&)\s+[\p{Ll}]+)?\s*(?:\(|:|,?\s*(?:${examplesOpenerSource()}|[Ee]\.g\.?|preferably)(?![\p{Ll}]))`, 'u');
/**
 * A kind's name followed at once by its products, as a list: "cloud platforms Snowflake, AWS,
 * GCP", "ETL tools/platforms Databricks, DataStage". Without an opener the list might be another
 * list whose commas were lost, so one of the products must be of that kind.
 */
const PRODUCTS_AFTER = /^(?:\/[\p{Ll}]+)?\s+(?=[\p{Lu}])/u;
const EXAMPLES_MAX = 120;
/** Activities done in a language; "debugging in Python" and "data structures using C++" ask for more than the language. */
const DONE_IN_A_LANGUAGE = /^(programming|coding)$/i;
/**
 * Between such an activity and its language: " skills in ", " in ", " experience with ", or nothing
 * ("programming C++ or Python"); a specifics word ("programming skills, particularly in Python")
 * and the choice of one ("programming skills in one of the following, Python or Java", "programming
 * with at least one modern programming language such as Java", "Solid programming skills, including
 * but not limited to: Go, C/C++", "programming skills in generic programming languages such as
 * Python") name the languages all the same. Not "programming, debugging, and optimization skills
 * in…": programming listed among other skills is one of them, and readers take it as asked.
 */
const LEADS_INTO = new RegExp(
  String.raw`^,?\s+(?:(?:skills?|experience|abilit(?:y|ies)),?\s+)?(?:(?:particularly|especially|preferably|ideally|primarily|mainly)\s+)?(?:(?:in|with|using)\s+)?` +
    String.raw`(?:(?:at\s+least\s+|any\s+)?one\s+(?:or\s+more\s+)?(?:of\s+the\s+following[\s,:]*)?)?(?:(?:modern|general[\s-]purpose|generic|mainstream)\s+)?(?:(?:programming\s+)?languages?[\s,:]*)?` +
    String.raw`(?:(?:such\s+as|like|e\.g\.|including(?:\s+but\s+not\s+limited\s+to)?)[\s,:]*)?$`,
  'iu',
);
/**
 * Words before a kind that leave the member open: "one or more", "at least one", "any", "another
 * similar", "multiple", "different", "relevant", "general purpose" (at most two describing words
 * after a quantifier: "one or more modern programming languages"). Not "a" ("a deep learning
 * framework" is the one the candidate knows) nor "other" ("A/B testing and other statistical methods").
 */
const ANY_MEMBER_BEFORE = /(?:\b(?:one\s+or\s+more|at\s+least\s+one|any|another|multiple|different)(?:\s+[\p{Ll}-]+){0,2}|\b(?:relevant|general[\s-]purpose))\s+$/u;
/** How far the language may stand after the activity, the choice of one included. */
const LEADS_INTO_REACH = 90;
/** "programming for GPUs": what the programming is for is what is asked, whatever kind of skill it is. */
const LEADS_INTO_TARGET = /^\s+for\s+$/i;

/** A discipline's foundations as written: "computer science fundamentals", "CS basics", "CS foundations". */
const FOUNDATIONS = /(?:fundamentals|foundations|basics)$/i;
/** What opens the topics of the foundations: the examples' openers, or "in" ("fundamentals in algorithm design"). */
const TOPICS_AFTER = new RegExp(String.raw`^\s*(?:\(|:|,?\s*(?:${examplesOpenerSource()}|[Ee]\.g\.?)(?![\p{Ll}])|\s+in\s)`, 'u');
/** How far the first topic may stand after the opener. */
const TOPIC_REACH = 40;

/** Another asked skill opens the foundations' list of topics in `after`, the text right after the mention ending at `end`. */
function topicsAfter(after: string, end: number, sentence: Sentence, asked: readonly SkillHit[], hit: SkillHit): boolean {
  const opener = TOPICS_AFTER.exec(after);
  if (!opener) return false;
  const from = end + opener[0].length;
  return asked.some((o) => o !== hit && o.mentions.some((x) => x.start >= from && x.start - from <= TOPIC_REACH && x.end <= sentence.end));
}

/**
 * "programming languages such as SQL, Python", "cloud environments (AWS, GCP, Azure)": a kind
 * named only to introduce the products the posting asks for is not an ask of its own; the
 * products are. Each of its asking mentions must be such a head: named (in its own words or the
 * taxonomy's) as a kind, with an asked product among the examples. Followed by its own products,
 * it is the name of a group met by any of them ("cloud platforms such as AWS or GCP": Azure
 * meets it too); otherwise it only leads in. A kind asked anywhere on its own stays, and so does
 * a field ("computer vision (e.g. SLAM)"): a skill of its own beside its methods.
 */
function demoteKindHeads(skills: SkillHit[], text: string, structure: Structure, index: SkillIndex): void {
  const asked = skills.filter((h) => h.importance !== 'mentioned');
  /** The asked products (not kinds), in the same order: what a kind's examples may be. */
  const askedProducts = asked.filter((o) => !isGenericSkill(index.skills.get(o.id)));
  const isUnder = (id: string, ancestor: string) => {
    let cur = index.skills.get(id)?.parent;
    for (let depth = 0; cur && depth < 6; depth++, cur = index.skills.get(cur)?.parent) if (cur === ancestor) return true;
    return false;
  };
  for (const hit of asked) {
    const skill = index.skills.get(hit.id);
    if (!skill || skill.category === 'soft-skill' || !isGenericSkill(skill)) continue;
    let heads = 0;
    let strong = 0;
    /** Its own products among the examples. */
    const own: string[] = [];
    for (const m of hit.mentions) {
      const sentence = sentenceAt(structure.sentences, m.start);
      if (!sentence || importanceOf(sentence, structure) !== hit.importance) continue;
      strong++;
      // "programming skills in Python", "programming in C++": the language is what is asked.
      const leadsIntoLanguage = DONE_IN_A_LANGUAGE.test(m.text) && asked.some(
        (o) =>
          o !== hit &&
          o.mentions.some((x) => {
            if (x.start <= m.end || x.start - m.end > LEADS_INTO_REACH) return false;
            const between = text.slice(m.end, x.start);
            return LEADS_INTO_TARGET.test(between) || (index.skills.get(o.id)?.category === 'language' && LEADS_INTO.test(between));
          }),
      );
      if (leadsIntoLanguage) {
        heads++;
        continue;
      }
      const after = text.slice(m.end, Math.min(sentence.end, m.end + 40));
      // "one or more programming languages", "a relevant programming language": any language will
      // do and none is named, so the kind asks only that the candidate programs, no skill a list
      // could show. A framework's kind is one ("any major deep learning framework" is missing to
      // whoever knows none), so only the kinds of languages.
      if (
        skill.category === 'language' &&
        namesAKind(skill) &&
        ANY_MEMBER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) &&
        !EXAMPLES_AFTER.test(after)
      ) {
        heads++;
        continue;
      }
      // "computer science fundamentals: data structures, algorithms…", "CS fundamentals in
      // algorithm design, complexity analysis": the foundations are named by their topics,
      // skills of their own (generic ones too), and those are what is asked.
      if (FOUNDATIONS.test(m.text) && topicsAfter(after, m.end, sentence, asked, hit)) {
        heads++;
        continue;
      }
      const opener = EXAMPLES_AFTER.exec(after) ?? PRODUCTS_AFTER.exec(after);
      if (!opener) continue;
      const bare = !EXAMPLES_AFTER.test(after);
      const from = m.end + opener[0].length;
      // "a framework, e.g. PyTorch", "programming languages: PHP, Python": the sentence may have
      // ended at the opener (a space after it at most), its examples are the next one's.
      const examplesEnd = from >= sentence.end || text.slice(from, sentence.end).trim() === '' ? (sentenceAt(structure.sentences, nextWordAt(text, from))?.end ?? sentence.end) : sentence.end;
      let to = Math.min(examplesEnd, from + EXAMPLES_MAX);
      const close = opener[0].trim() === '(' ? text.indexOf(')', from) : -1;
      if (close >= 0) to = Math.min(to, close);
      // Products among the examples: "RDBMS, including database design" introduces methods, and is asked.
      const products = askedProducts.filter((o) => o !== hit && o.mentions.some((x) => x.start >= from && x.end <= to));
      // "RDBMS" is no plural.
      const asKind = namesAKind(skill) || (/[^s]s$/.test(m.text) && !fieldAsked(skill, sentence));
      if (products.length === 0 || !asKind || (bare && !products.some((o) => isUnder(o.id, hit.id)))) continue;
      heads++;
      for (const o of products) if (isUnder(o.id, hit.id) && !own.includes(o.id)) own.push(o.id);
    }
    if (strong === 0 || heads !== strong) continue;
    if (own.length > 0) {
      // "programming languages such as SQL, Python": the kind is met by any of its own (another
      // language too), named as a kind; the gap lists its products, not the kind.
      hit.anyOf = [hit.id, ...own];
      hit.kindName = true;
    } else {
      hit.importance = 'mentioned';
      hit.years = null;
    }
  }
}
