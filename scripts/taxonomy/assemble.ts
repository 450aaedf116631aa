/** Turns the curated sections into validated skills: parents, symmetric relations, alias variants, clash checks. */
import type { Skill, SkillCategory } from '../../src/core/schema';
import type { CuratedSection } from './curated-types';

export type Source = 'onet' | 'esco' | 'curated';

export interface SkillDraft {
  id: string;
  name: string;
  aliases: string[];
  category: SkillCategory;
  parent?: string;
  related: Set<string>;
  ambiguous: boolean;
  sources: Set<Source>;
  onet: readonly string[];
  esco: readonly string[];
}

/** The key under which aliases clash: case and spacing do not make two aliases different. */
export function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/\s+/g, ' ').trim();
}

export class TaxonomyError extends Error {
  constructor(problems: string[]) {
    super(`taxonomy build failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ` + problems.join('\n  '));
  }
}

/** Drafts from the curated sections; throws on duplicate ids, bad parents/related, explicit alias clashes. */
export function buildSkills(sections: readonly CuratedSection[], relatedSets: readonly (readonly string[])[]): SkillDraft[] {
  const problems: string[] = [];
  const drafts = new Map<string, SkillDraft>();
  for (const section of sections) {
    for (const [id, name, aliases = [], opts = {}] of section.entries) {
      if (drafts.has(id)) problems.push(`duplicate id '${id}'`);
      const parent = opts.p === null ? undefined : (opts.p ?? section.parent);
      const own = new Set<string>();
      const list: string[] = [];
      for (const a of aliases) {
        // A case variant of the name is meaningful only for ambiguous skills (matched case-sensitively).
        if (a === name || (aliasKey(a) === aliasKey(name) && opts.amb !== true)) problems.push(`'${id}': alias '${a}' repeats the name`);
        else if (!own.has(a)) {
          own.add(a);
          list.push(a);
        }
      }
      drafts.set(id, {
        id,
        name,
        aliases: list,
        category: opts.cat ?? section.category,
        parent: parent === id ? undefined : parent,
        related: new Set(opts.r ?? []),
        ambiguous: opts.amb === true,
        sources: new Set(),
        onet: opts.onet ?? [],
        esco: opts.esco ?? [],
      });
    }
  }
  for (const set of relatedSets) {
    for (const a of set) for (const b of set) if (a !== b) drafts.get(a)?.related.add(b);
    for (const a of set) if (!drafts.has(a)) problems.push(`related set names unknown id '${a}'`);
  }
  for (const d of drafts.values()) {
    if (d.parent !== undefined && !drafts.has(d.parent)) problems.push(`'${d.id}': parent '${d.parent}' does not exist`);
    for (const r of [...d.related]) {
      const other = drafts.get(r);
      if (!other) problems.push(`'${d.id}': related '${r}' does not exist`);
      else if (r === d.id) d.related.delete(r);
      else other.related.add(d.id);
    }
  }
  // parent cycles
  for (const d of drafts.values()) {
    const seen = new Set<string>([d.id]);
    let p = d.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        problems.push(`parent cycle through '${d.id}'`);
        break;
      }
      seen.add(p);
      p = drafts.get(p)?.parent;
    }
  }
  // explicit alias clashes (names count as aliases)
  const owner = new Map<string, string>();
  for (const d of drafts.values()) {
    const keys = new Set([d.name, ...d.aliases].map(aliasKey));
    for (const k of keys) {
      const prev = owner.get(k);
      if (prev !== undefined && prev !== d.id) problems.push(`alias clash: '${k}' belongs to both '${prev}' and '${d.id}'`);
      else owner.set(k, d.id);
    }
  }
  if (problems.length) throw new TaxonomyError(problems);
  return [...drafts.values()];
}

/**
 * A compound adjective ("object-oriented", "event-driven", "cloud-based", "client-facing"): postings
 * write it with the hyphen or a space, not glued; none of the 67 glued forms the build made
 * ("objectoriented", "eventdriven systems") occurs in the development postings, SkillSpan or the
 * saved pages, while they cost the packed data 1.4 KB. Prefixes stay glued ("e-commerce", "pre-training").
 */
const ADJECTIVE_COMPOUND = /[\p{L}\p{N}]-(?:aided|assisted|aware|based|centric|defined|driven|efficient|facing|first|grade|informed|level|making|oriented|preserving|related|sent|side|solving|specific|wide)\b/iu;

/** A closed compound word and the open spellings of it, the plural's "s" kept. */
const SPLIT_COMPOUNDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\blifecycle(?=s?\b)/, ['life cycle', 'life-cycle']],
  [/\bdataset(?=s?\b)/, ['data set']],
  [/\bcodebase(?=s?\b)/, ['code base']],
];

/**
 * Brands whose own name postings also write glued: 11 of the 488 US ML postings write "HuggingFace"
 * or "Huggingface" (20 "Hugging Face"), before the product's name as well ("Huggingface Accelerate").
 */
const GLUED_BRANDS: readonly (readonly [RegExp, string])[] = [[/^Hugging Face(?= )/, 'HuggingFace']];

/**
 * A brand's name written as one word with capitals inside ("ServiceNow", "RapidMiner", "OpenAI"),
 * which postings also write open: "Demonstrated experience with Service Now", "Rapid Miner",
 * "Open AI", "Java Script" (8 of the 488 US ML postings write one of the taxonomy's such names
 * open). Each part has two letters or more ("iOS" is no "i OS").
 */
const ONE_WORD_OF_LETTERS = /^\p{L}+$/u;
function openSpelling(s: string): string | null {
  if (!ONE_WORD_OF_LETTERS.test(s)) return null;
  const parts = s.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length >= 2 && parts.every((p) => p.length >= 2) ? parts.join(' ') : null;
}

/**
 * A brand's name of a word and an acronym ("Vertex AI", "Spark SQL"), which postings also write
 * glued: "VertexAI" (2 of the 488 US ML postings).
 */
const WORD_AND_ACRONYM = /^(\p{Lu}\p{Ll}+) (\p{Lu}{2,})$/u;

/**
 * Spelling variants a posting may use: hyphen vs space vs joined, ".js" vs " js" vs "js", closed
 * compounds written open, brands written open or glued, apostrophes.
 */
export function spellingVariants(s: string): string[] {
  const out = new Set<string>();
  if (/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(s)) {
    out.add(s.replace(/-/g, ' '));
    if (!ADJECTIVE_COMPOUND.test(s)) out.add(s.replace(/-/g, ''));
  }
  const words = s.split(' ');
  if (words.length >= 2 && words.length <= 4 && !/[/&,]/.test(s)) out.add(s.replace(/ /g, '-'));
  if (/\.js$/i.test(s)) {
    out.add(s.replace(/\.js$/i, ' js'));
    out.add(s.replace(/\.js$/i, 'js'));
  }
  // Closed compounds postings also write open: "own the whole ML life-cycle", "the full software
  // development life cycle" (41 of the 488 US ML postings write "life cycle" or "life-cycle", 43
  // "lifecycle"), "large data sets" (30 write "data set", 104 "dataset"), "a legacy code base" (5; 17 "codebase").
  for (const [closed, open] of SPLIT_COMPOUNDS) if (closed.test(s)) for (const o of open) out.add(s.replace(closed, o));
  for (const [brand, glued] of GLUED_BRANDS) if (brand.test(s)) out.add(s.replace(brand, glued));
  const open = openSpelling(s);
  if (open) out.add(open);
  const m = WORD_AND_ACRONYM.exec(s);
  if (m) out.add(m[1]! + m[2]!);
  // Postings typeset the apostrophe ("a valid driver’s license"); the tokenizer reads it as another sign.
  if (s.includes("'")) out.add(s.replace(/'/g, '\u2019'));
  out.delete(s);
  return [...out].filter((v) => v.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
}

/** Words that add nothing to a skill's name: "SQL skills" is SQL, "fluent English" is English. */
const PADDING = /^(?:(?:fluent|spoken|written|strong|solid|good|excellent|advanced|basic|proficient|business)[\s-]+(.+)|(.+?)[\s-]+(?:skills?|experience|knowledge|expertise|proficiency|background|language|speaking|languages?[\s-]+skills))$/i;

/**
 * Drops aliases that are another name of the same skill padded with such words: they find
 * nothing more, and they would stretch a mention over words that are not the skill.
 */
function withoutPaddedForms(name: string, aliases: readonly string[], dropped: string[]): string[] {
  const keys = new Set([name, ...aliases].map(aliasKey));
  return aliases.filter((a) => {
    const m = PADDING.exec(a);
    const core = m ? (m[1] ?? m[2])! : null;
    if (core && keys.has(aliasKey(core))) {
      dropped.push(`padded '${a}' (the skill is '${core}')`);
      return false;
    }
    return true;
  });
}

/**
 * Adds spelling variants and imported aliases where they clash with nothing, then returns the
 * final skills sorted by id, plus a log of what was dropped.
 */
export function aliasVariants(drafts: SkillDraft[], imported: readonly { id: string; alias: string }[]): { skills: Skill[]; dropped: string[] } {
  const dropped: string[] = [];
  const owner = new Map<string, string>();
  for (const d of drafts) for (const a of [d.name, ...d.aliases]) owner.set(aliasKey(a), d.id);
  const extra = new Map<string, string[]>(drafts.map((d) => [d.id, []]));
  const offer = (id: string, alias: string, why: string): void => {
    const k = aliasKey(alias);
    const prev = owner.get(k);
    if (prev === id) return;
    if (prev !== undefined) {
      dropped.push(`${why} '${alias}' for '${id}' (already '${prev}')`);
      return;
    }
    owner.set(k, id);
    extra.get(id)?.push(alias);
  };
  // Padded forms go before spelling variants are made, so no variant brings them back.
  for (const d of drafts) d.aliases = withoutPaddedForms(d.name, d.aliases, dropped);
  for (const d of drafts) for (const a of [d.name, ...d.aliases]) for (const v of spellingVariants(a)) offer(d.id, v, 'variant');
  for (const { id, alias } of imported) offer(id, alias, 'ESCO alias');

  const skills: Skill[] = drafts
    .map((d): Skill => {
      if (d.sources.size === 0) d.sources.add('curated');
      const sources = (['onet', 'esco', 'curated'] as const).filter((src) => d.sources.has(src));
      const all = [...d.aliases, ...(extra.get(d.id) ?? [])];
      const skill: Skill = {
        id: d.id,
        name: d.name,
        aliases: withoutPaddedForms(d.name, all, dropped),
        category: d.category,
        ...(d.parent !== undefined ? { parent: d.parent } : {}),
        ...(d.related.size ? { related: [...d.related].sort() } : {}),
        ...(d.ambiguous ? { ambiguous: true } : {}),
        sources,
      };
      return skill;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { skills, dropped };
}
