import { aliasNodes, AliasTrie, buildAliasTrie, type AliasEntry, type AliasPath } from './alias-trie';
import type { Skill, Taxonomy } from './schema';
import { EVERYDAY_WORDS } from './everyday-words';
import { ASKED_ONLY_LIST } from './lexicon/asked-only';
import { phrases } from './lexicon/lexicon';
import { tokenize, TokenKind } from './tokenize';

/** What the engine reads of a skill at run time (the packed data keeps only these). */
export type SkillInfo = Pick<Skill, 'id' | 'name' | 'category' | 'parent' | 'related'>;

export type { AliasEntry };

export interface SkillIndex {
  /** Every alias of every skill, as token paths (alias-trie.ts). */
  trie: AliasTrie;
  skills: ReadonlyMap<string, SkillInfo>;
  /** Every alias → skill id, for exact look-ups of user-typed names. */
  byAlias: AliasLookup;
  /** Child ids per parent id. */
  children: ReadonlyMap<string, readonly string[]>;
}

/** Hyphens and underscores join words ("scikit-learn" = "scikit learn"): they are not part of keys. */
export function isJoiner(tok: string): boolean {
  if (tok.length !== 1) return false;
  const c = tok.charCodeAt(0);
  return c === 45 /* - */ || c === 95 /* _ */ || c === 0x2010 || c === 0x2013;
}

export function aliasKeys(alias: string): Array<{ key: string; attached: boolean }> {
  const t = tokenize(alias);
  const keys: Array<{ key: string; attached: boolean }> = [];
  for (let i = 0; i < t.count; i++) {
    const tok = t.lower[i]!;
    if (t.kind[i] === TokenKind.Newline || isJoiner(tok)) continue;
    const prevIsJoiner = i > 0 && isJoiner(t.lower[i - 1]!);
    // A key touches the one before it when the alias writes them together ("C++", "CI/CD");
    // punctuation written apart ("Weights & Biases") may stand apart in the text too.
    keys.push({ key: tok, attached: i > 0 && !t.spaced[i] && !prevIsJoiner });
  }
  return keys;
}

/**
 * An alias as its trie path spells it: lower-case tokens, hyphens dropped, a space between tokens
 * unless written together ("scikit-learn" → "scikit learn", "C++" → "c++", "Node.js" → "node.js").
 */
export function aliasKey(alias: string): string {
  let key = '';
  for (const { key: k, attached } of aliasKeys(alias)) key += key === '' || attached ? k : ` ${k}`;
  return key;
}

/**
 * Look-ups of user-typed names on the trie itself: a name is cut into keys as aliases are and
 * walked down, so "Scikit Learn", "scikit-learn" and "SCIKIT-LEARN" find the same skill, with no
 * second map of 6,000 alias keys in a page's memory. `keys()` lists them (autocomplete, where the
 * popup or options page asks), built on first use.
 */
export class AliasLookup {
  private all: ReadonlyMap<string, string> | null = null;
  constructor(private readonly trie: AliasTrie) {}
  get(name: string): string | undefined {
    const keys = aliasKeys(name);
    if (keys.length === 0) return undefined;
    return this.trie.entry(this.trie.path(keys.map((k) => k.key)))?.skillId;
  }
  /** Every alias key → its skill id (see aliasKey). */
  keys(): ReadonlyMap<string, string> {
    this.all ??= trieKeys(this.trie);
    return this.all;
  }
}

const keyOf = (alias: string) => aliasKeys(alias).map((k) => k.key).join(' ');
/** Trie keys of the asked-only phrases, built on first use (aliasKeys needs the tokenizer). */
let askedOnly: ReadonlySet<string> | null = null;

/** A first word in capitals, two or three letters: an acronym ("OR Tools", "IT asset management"). */
const LEADING_CAPITALS = /^[A-Z]{2,3}[\s-]/;
const GRAMMAR_WORDS = new Set('or and it as in on at to do is be an of by if so no up us we'.split(' '));

function classify(skill: Skill, alias: string): Pick<AliasEntry, 'caseSensitive' | 'needsEvidence' | 'needsAsk' | 'forms'> {
  const singleWord = /^[\p{L}]+$/u.test(alias);
  const lc = alias.toLowerCase();
  const everyday = EVERYDAY_WORDS.has(lc);
  const flaggedName = skill.ambiguous === true && lc === skill.name.toLowerCase();
  // "OR-Tools" as "OR Tools": lower-cased, its first word is English ("techniques or tools").
  const lead = alias.split(/[\s-]/, 1)[0]!.toLowerCase();
  const leadsWithEnglish = !singleWord && LEADING_CAPITALS.test(alias) && (GRAMMAR_WORDS.has(lead) || EVERYDAY_WORDS.has(lead));
  // A flagged brand of several words led by a capitalised word ("Scale AI"): lower-cased, that
  // word is English ("enterprise scale AI models"), so it keeps its capital.
  // Its hyphened spelling ("Scale-AI") is the same trie path: it must agree.
  const capitalLead = !singleWord && skill.ambiguous === true && keyOf(alias) === keyOf(skill.name) && /^\p{Lu}\p{Ll}+[\s-]/u.test(alias) && /[\s-]\p{Lu}/u.test(alias);
  const caseSensitive = (singleWord && (everyday || lc.length <= 2 || flaggedName)) || leadsWithEnglish || capitalLead;
  const needsEvidence = caseSensitive && !capitalLead && (lc.length === 1 || everyday || flaggedName);
  askedOnly ??= new Set(phrases(ASKED_ONLY_LIST).map(keyOf));
  return { caseSensitive, needsEvidence, needsAsk: askedOnly.has(keyOf(alias)), forms: leadsWithEnglish || capitalLead ? leadCaseForms(alias) : [alias] };
}

/**
 * The written forms of an alias whose first word only must keep its capitals ("IT security"):
 * the rest as written, in lower case, or in title case ("IT Security").
 */
function leadCaseForms(alias: string): string[] {
  const at = alias.search(/[\s-]/);
  const lead = alias.slice(0, at);
  const rest = alias.slice(at);
  const title = rest.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return [...new Set([alias, lead + rest.toLowerCase(), lead + title])];
}

export function buildSkillIndex(taxonomy: Taxonomy): SkillIndex {
  const skills = new Map<string, Skill>();
  const children = new Map<string, string[]>();
  const paths: AliasPath[] = [];
  taxonomy.skills.forEach((skill, number) => {
    skills.set(skill.id, skill);
    if (skill.parent) {
      const list = children.get(skill.parent) ?? [];
      list.push(skill.id);
      children.set(skill.parent, list);
    }
    for (const alias of [skill.name, ...skill.aliases]) paths.push({ keys: aliasKeys(alias), skill: number, ...classify(skill, alias) });
  });
  const trie = buildAliasTrie(paths, taxonomy.skills.map((s) => s.id));
  return { trie, skills, byAlias: new AliasLookup(trie), children };
}

/**
 * Every path of the trie that ends at an alias, as its key (see aliasKey): the aliases as the
 * matcher knows them, whether the trie was built here or unpacked (packed.ts).
 */
export function trieKeys(trie: AliasTrie): Map<string, string> {
  const out = new Map<string, string>();
  // The first skill to claim a key keeps it, as in the trie.
  for (const [key, node] of aliasNodes(trie)) if (!out.has(key)) out.set(key, trie.entry(node)!.skillId);
  return out;
}
