import type { Degree, Role, RoleSkill, Seniority, SkillCategory } from './schema';
import { DEGREES, SENIORITIES, SKILL_CATEGORIES } from './vocabulary';
import { AliasLookup, type AliasEntry, type SkillIndex, type SkillInfo, type TrieNode } from './skill-index';

/**
 * The bundled data as the extension ships it, packed at build time (scripts/pack-data.ts):
 * the alias trie already built, only the fields the engine reads, and skills referred to by
 * number. Unpacking is a linear walk with no tokenizing, so the engine is ready in milliseconds
 * in the page instead of building its index from 10,000 aliases.
 */
export interface PackedData {
  /** Format version of this structure. */
  format: 2;
  /**
   * The skills in columns (a skill's number is its place in each; columns compress better than
   * rows): ids one a line, an empty line where the id is `slugOf(name)`; names one a line;
   * categories one character a skill (CATEGORY_BASE + number); parents as base-36 numbers
   * separated by ',' (empty: none); related skills as base-36 numbers separated by ' ', one
   * group a skill, groups separated by ','.
   */
  ids: string;
  names: string;
  categories: string;
  parents: string;
  related: string;
  /** The alias trie, in the text form described at `decodeTrie`. */
  trie: string;
  roles: PackedRole[];
}

/** A role with only what scoring reads; its skills as [skill number, weight × 1000] pairs, flat. */
export interface PackedRole {
  id: string;
  title: string;
  titleAliases: string[];
  responsibilities: string[];
  /** Seniority numbers (SENIORITIES). */
  seniority: number[];
  /** Degree number (DEGREES). */
  degree: number;
  skills: number[];
}

/** What role scoring and role names read of a role (a full `Role` is one too). */
export type RuntimeRole = Pick<Role, 'id' | 'title' | 'titleAliases' | 'responsibilities' | 'seniority'> & {
  degree: { typical: Degree };
  skills: ReadonlyArray<{ id: string; weight: number }>;
};

/*
 * The trie's text form. Nodes in depth-first order, each written as
 *   FLAG TOKEN [ '~' SKILL-NUMBER(base 36) [ ':' FORM { ':' FORM } '|' ] ]
 * where FLAG is one character from 'A' (65) to '`' (96) holding five bits (1 attached, 2 has an
 * entry, 4 case sensitive, 8 needs evidence, 16 counts only when asked for) and TOKEN is a lower-case word (letters and digits) or one
 * punctuation mark. A node is a child of the node before it; '<' climbs one level first.
 * Tokens are lower-case letters and digits, so a flag always ends a word; a mark is one code point.
 * FORMs are the written spellings a case-sensitive alias accepts ("Go", "GO"): letters only.
 */
/** How most skill ids are made from their names ("A/B testing" → "a-b-testing"). */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const CATEGORY_BASE = 65; // 'A'

/** One skill as the columns hold it. */
export interface PackedSkill {
  id: string;
  name: string;
  category: number;
  /** -1: none. */
  parent: number;
  related?: number[];
}

export function unpackSkills(packed: PackedData): PackedSkill[] {
  const ids = packed.ids.split('\n');
  const names = packed.names.split('\n');
  const parents = packed.parents.split(',');
  const related = packed.related.split(',');
  return names.map((name, i) => {
    const skill: PackedSkill = { id: ids[i] || slugOf(name), name, category: packed.categories.charCodeAt(i) - CATEGORY_BASE, parent: parents[i] ? parseInt(parents[i], 36) : -1 };
    if (related[i]) skill.related = related[i].split(' ').map((n) => parseInt(n, 36));
    return skill;
  });
}

export const TRIE_FLAG = { attached: 1, entry: 2, caseSensitive: 4, needsEvidence: 8, needsAsk: 16 } as const;
export const FLAG_BASE = 65; // 'A'
export const UP = '<';
export const ENTRY = '~';
export const FORM = ':';
export const FORMS_END = '|';

function isWordCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  // Upper-case never occurs in a token (all are lower-cased), only in flags.
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(s.codePointAt(i)!)) && !(c >= 65 && c <= 90);
}

/** Aliases matched in any case need no written forms: they share one empty list. */
const NO_FORMS: string[] = [];

/** Leaves share one empty map, as in skill-index.ts. */
const NO_CHILDREN: Map<string, TrieNode> = new Map();

export function decodeTrie(text: string, skillIds: readonly string[]): TrieNode {
  const root: TrieNode = { next: new Map(), attached: false };
  const stack: TrieNode[] = [root];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === UP) {
      stack.pop();
      i++;
      continue;
    }
    const flags = text.charCodeAt(i) - FLAG_BASE;
    i++;
    let j = i;
    if (isWordCode(text, j)) {
      while (j < n && isWordCode(text, j)) j++;
    } else {
      j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    }
    const token = text.slice(i, j);
    i = j;
    const node: TrieNode = { next: NO_CHILDREN, attached: (flags & TRIE_FLAG.attached) !== 0 };
    if (flags & TRIE_FLAG.entry) {
      // '~' then the number, then the case-sensitive forms.
      let k = i + 1;
      while (k < n && isWordCode(text, k)) k++;
      const skillId = skillIds[parseInt(text.slice(i + 1, k), 36)]!;
      i = k;
      let forms = NO_FORMS;
      if (text[i] === FORM) {
        const end = text.indexOf(FORMS_END, i);
        forms = text.slice(i + 1, end).split(FORM);
        i = end + 1;
      }
      const entry: AliasEntry = {
        skillId,
        caseSensitive: (flags & TRIE_FLAG.caseSensitive) !== 0,
        needsEvidence: (flags & TRIE_FLAG.needsEvidence) !== 0,
        needsAsk: (flags & TRIE_FLAG.needsAsk) !== 0,
        forms,
      };
      node.entry = entry;
    }
    const parent = stack[stack.length - 1]!;
    if (parent.next === NO_CHILDREN) parent.next = new Map();
    parent.next.set(token, node);
    stack.push(node);
  }
  return root;
}

export function unpackIndex(packed: PackedData, rows: readonly PackedSkill[] = unpackSkills(packed)): SkillIndex {
  const ids = rows.map((s) => s.id);
  const skills = new Map<string, SkillInfo>();
  const children = new Map<string, string[]>();
  for (const { id, name, category, parent, related } of rows) {
    const info: SkillInfo = { id, name, category: SKILL_CATEGORIES[category] as SkillCategory };
    if (parent >= 0) {
      info.parent = ids[parent]!;
      const list = children.get(info.parent) ?? [];
      list.push(id);
      children.set(info.parent, list);
    }
    if (related) info.related = related.map((r) => ids[r]!);
    skills.set(id, info);
  }
  const root = decodeTrie(packed.trie, ids);
  return { root, skills, byAlias: new AliasLookup(root), children };
}

export function unpackRoles(packed: PackedData, rows: readonly PackedSkill[] = unpackSkills(packed)): RuntimeRole[] {
  return packed.roles.map((r) => {
    const skills: Array<{ id: string; weight: number }> = [];
    for (let i = 0; i < r.skills.length; i += 2) skills.push({ id: rows[r.skills[i]!]!.id, weight: r.skills[i + 1]! / 1000 });
    return {
      id: r.id,
      title: r.title,
      titleAliases: r.titleAliases,
      responsibilities: r.responsibilities,
      seniority: r.seniority.map((s) => SENIORITIES[s] as Seniority),
      degree: { typical: DEGREES[r.degree] as Degree },
      skills,
    };
  });
}

/**
 * What only the extension's pages show of a role (the comparison, the welcome page's starter
 * set, the history's role filter), packed apart from the engine's data so the content script
 * doesn't carry it.
 */
export interface PackedRoleDetails {
  id: string;
  title: string;
  summary: string;
  industries: string[];
  education?: string[];
  tools?: string[];
  /** Each skill's tier, one letter (TIER_CODES) a skill, in the order of the role's packed skills. */
  tiers: string;
}

export const TIER_CODES = { core: 'c', common: 'm', nice: 'n' } as const satisfies Record<RoleSkill['tier'], string>;
const TIER_OF = new Map<string, RoleSkill['tier']>(Object.entries(TIER_CODES).map(([tier, code]) => [code, tier as RoleSkill['tier']]));

/** A role as the pages show it: what scoring reads plus the details (a full `Role` is one too). */
export type RoleProfile = Omit<RuntimeRole, 'skills'> & Pick<Role, 'summary' | 'industries' | 'education' | 'tools' | 'skills'>;

/** The runtime roles joined with their details (both packed from the same files at build time). */
export function unpackRoleProfiles(roles: readonly RuntimeRole[], details: readonly PackedRoleDetails[]): RoleProfile[] {
  const byId = new Map(details.map((d) => [d.id, d]));
  return roles.map((r) => {
    const d = byId.get(r.id);
    if (!d || d.tiers.length !== r.skills.length) throw new Error(`packed role details don't fit the role "${r.id}"`);
    const { tiers, id: _id, title: _title, ...shown } = d;
    return { ...r, ...shown, skills: r.skills.map((s, i) => ({ ...s, tier: TIER_OF.get(tiers[i]!)! })) };
  });
}
