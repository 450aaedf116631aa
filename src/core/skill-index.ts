import type { Skill, Taxonomy } from './schema';
import { EVERYDAY_WORDS } from './everyday-words';
import { ASKED_ONLY_LIST } from './lexicon/asked-only';
import { phrases } from './lexicon/lexicon';
import { tokenize, TokenKind } from './tokenize';

/** What a complete alias path in the trie stands for. */
export interface AliasEntry {
  skillId: string;
  /** Needs the exact written case ("Go", "R", "Excel"), since the lower-case form is an everyday word. */
  caseSensitive: boolean;
  /** Needs corroboration from the context (another skill nearby, a technical cue). */
  needsEvidence: boolean;
  /** An everyday phrase too ("research", "stakeholders"): counts only where the sentence asks for it. */
  needsAsk: boolean;
  /** The written forms that satisfy a case-sensitive alias. */
  forms: string[];
}

/**
 * A trie over alias tokens. Edges are lower-cased tokens; a punctuation edge remembers whether
 * it must touch the previous token ("c++", "node.js", "ci/cd") so "node. js" does not match.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Punctuation tokens that must follow without whitespace. */
  attached: boolean;
  entry?: AliasEntry;
}

/** What the engine reads of a skill at run time (the packed data keeps only these). */
export type SkillInfo = Pick<Skill, 'id' | 'name' | 'category' | 'parent' | 'related'>;

export interface SkillIndex {
  root: TrieNode;
  skills: ReadonlyMap<string, SkillInfo>;
  /** Every alias → skill id, for exact look-ups of user-typed names. */
  byAlias: AliasLookup;
  /** Child ids per parent id. */
  children: ReadonlyMap<string, readonly string[]>;
}

/** Leaves share one empty map: most of the trie's nodes are leaves, and a map each is costly. */
const NO_CHILDREN: Map<string, TrieNode> = new Map();

function newNode(attached: boolean): TrieNode {
  return { next: NO_CHILDREN, attached };
}

/** Hyphens and underscores join words ("scikit-learn" = "scikit learn"): they are not part of keys. */
export function isJoiner(tok: string): boolean {
  return tok === '-' || tok === '_' || tok === '\u2010' || tok === '\u2013';
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
  constructor(private readonly root: TrieNode) {}
  get(name: string): string | undefined {
    const keys = aliasKeys(name);
    if (keys.length === 0) return undefined;
    let node: TrieNode | undefined = this.root;
    for (const { key } of keys) {
      node = node.next.get(key);
      if (!node) return undefined;
    }
    return node.entry?.skillId;
  }
  /** Every alias key → its skill id (see aliasKey). */
  keys(): ReadonlyMap<string, string> {
    this.all ??= trieKeys(this.root);
    return this.all;
  }
}

const keyOf = (alias: string) => aliasKeys(alias).map((k) => k.key).join(' ');
/** Trie keys of the asked-only phrases, built on first use (aliasKeys needs the tokenizer). */
let askedOnly: ReadonlySet<string> | null = null;

function classify(skill: Skill, alias: string): Pick<AliasEntry, 'caseSensitive' | 'needsEvidence' | 'needsAsk'> {
  const singleWord = /^[\p{L}]+$/u.test(alias);
  const lc = alias.toLowerCase();
  const everyday = EVERYDAY_WORDS.has(lc);
  const flaggedName = skill.ambiguous === true && lc === skill.name.toLowerCase();
  const caseSensitive = singleWord && (everyday || lc.length <= 2 || flaggedName);
  const needsEvidence = caseSensitive && (lc.length === 1 || everyday || flaggedName);
  askedOnly ??= new Set(phrases(ASKED_ONLY_LIST).map(keyOf));
  return { caseSensitive, needsEvidence, needsAsk: askedOnly.has(keyOf(alias)) };
}

export function buildSkillIndex(taxonomy: Taxonomy): SkillIndex {
  const root: TrieNode = { next: new Map(), attached: false };
  const skills = new Map<string, Skill>();
  const children = new Map<string, string[]>();
  for (const skill of taxonomy.skills) {
    skills.set(skill.id, skill);
    if (skill.parent) {
      const list = children.get(skill.parent) ?? [];
      list.push(skill.id);
      children.set(skill.parent, list);
    }
    for (const alias of [skill.name, ...skill.aliases]) {
      const keys = aliasKeys(alias);
      if (keys.length === 0) continue;
      let node = root;
      for (const { key, attached } of keys) {
        let child = node.next.get(key);
        if (!child) {
          child = newNode(attached);
          if (node.next === NO_CHILDREN) node.next = new Map();
          node.next.set(key, child);
        }
        node = child;
      }
      const { caseSensitive, needsEvidence, needsAsk } = classify(skill, alias);
      const existing = node.entry;
      if (!existing) {
        node.entry = { skillId: skill.id, caseSensitive, needsEvidence, needsAsk, forms: [alias] };
      } else if (existing.skillId === skill.id) {
        // Two spellings of one skill with the same key ("Go", "GO"): any written form will do, and
        // the alias is only as strict as its least strict spelling.
        existing.forms.push(alias);
        existing.caseSensitive &&= caseSensitive;
        existing.needsEvidence &&= needsEvidence;
        existing.needsAsk &&= needsAsk;
      }
      // A key claimed by another skill keeps its first owner; the data test forbids such clashes.
    }
  }
  return { root, skills, byAlias: new AliasLookup(root), children };
}

/**
 * Every path of the trie that ends at an alias, as its key (see aliasKey): the aliases as the
 * matcher knows them, whether the trie was built here or unpacked (packed.ts).
 */
export function trieKeys(root: TrieNode): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: TrieNode, prefix: string) => {
    for (const [token, child] of node.next) {
      const key = prefix === '' ? token : child.attached ? prefix + token : `${prefix} ${token}`;
      // The first skill to claim a key keeps it, as in the trie.
      if (child.entry && !out.has(key)) out.set(key, child.entry.skillId);
      if (child.next.size > 0) walk(child, key);
    }
  };
  walk(root, '');
  return out;
}
