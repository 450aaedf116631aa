import type { Degree, Role, RoleSkill, Seniority } from './schema';
import { DEGREES, SENIORITIES } from './vocabulary';

/**
 * The bundled data as the extension ships it, packed at build time (scripts/pack-data.ts):
 * only the fields the engine reads, skills referred to by number, and each skill's aliases beside
 * its name as the trie's keys (lower-case, hyphens dropped, tokens apart). Unpacking builds the
 * trie with no tokenizer, so the engine is ready in milliseconds in the page instead of building
 * its index from 10,000 aliases; listed by skill, the aliases need no skill numbers (8 KB less
 * zipped than the trie written out with one at each alias).
 */
export interface PackedData {
  /** Format version of this structure. */
  format: 6;
  /** How many distinct tokens and nodes (the root included) the alias trie has, to size it before unpacking. */
  counts: { tokens: number; nodes: number };
  /*
   * The skills in columns (a skill's number is its place in each; columns compress better than
   * rows), in the order that zips smallest: short columns of numbers first, the roles, then the
   * long column of names and aliases, which shares its words with the roles' phrases.
   */
  /**
   * Related skills go both ways (the data check makes sure), so each pair is written once, at the
   * skill with the smaller number: one group a skill, groups separated by ','; in a group, base-36
   * steps separated by ' ', the first from the skill's own number, each next from the one before.
   */
  related: string;
  /**
   * Ids one a line, an empty line where the id is `slugOf(name)`, '=' and a number where it is the
   * slug of that alias of the skill (`skillIdOf`; "acr" of "ACR").
   */
  ids: string;
  /** Parents as base-36 numbers separated by ',' (empty: none). */
  parents: string;
  roles: PackedRoles;
  /**
   * One line a skill: its name, then its aliases as the trie's keys, read by `addPackedAlias` (packed-index.ts), each
   * after a '|'; an empty one is the name in lower case (most names are their own key so), an
   * OPEN_NAME the name's open spelling, a GLUED and a number an earlier field glued.
   */
  skills: string;
  /** One character a skill (CATEGORY_BASE + number). */
  categories: string;
}

/**
 * The roles with only what scoring reads, in columns too (a role's number is its place in each),
 * in strings where JSON would quote each item.
 */
export interface PackedRoles {
  /** Empty where the id is `slugOf(title)`. */
  ids: string[];
  titles: string[];
  /** One a line. */
  responsibilities: string[];
  /** Seniority numbers (SENIORITIES). */
  seniority: number[][];
  /** Degree numbers (DEGREES). */
  degrees: number[];
  /**
   * The names the text may call the roles by (role-name-index.ts roleNameLists), ready: what a page's
   * engine took a good part of its start-up to derive from the roles' titles and aliases, which
   * it reads nowhere else (the pages show neither), so they are not shipped. One line a first
   * word: the word, then each name starting with it, in order, after a '|': the role's number in
   * base 36, '*' if the name is generic (GENERIC_NAME_WEIGHT), then each next word after a ' '.
   */
  names: string;
  /** Each role's titles as word sets (rank-roles.ts roleTitles), ready: one set a line, words apart. */
  titleWords: string[];
  /**
   * The role's skills in its order, in runs of the same weight (roles list theirs by weight, and
   * a weight written once a run instead of once a skill zips 1 KB smaller): runs separated by ',',
   * each a weight × 1000 then the numbers of the skills that have it, in base 36 separated by ' '.
   */
  skills: string[];
}

/** What role scoring and role names read of a role (a full `Role` is one too). */
export type RuntimeRole = Pick<Role, 'id' | 'title' | 'responsibilities' | 'seniority'> & {
  degree: { typical: Degree };
  skills: ReadonlyArray<{ id: string; weight: number }>;
};

/*
 * An alias as packed: [FLAG] KEY [':' FORM { ':' FORM }]. FLAG, when the alias has any, is one
 * character 'A' + bits (1 case sensitive, 2 needs evidence, 4 counts only when asked for); KEY
 * is the trie path as skill-index.ts aliasKey writes it: lower-case tokens, a space before each
 * one that stands apart ("scikit learn"), none before one that must touch the token before it
 * ("c++", "node.js"); a token is a run of letters and digits or one other character. FORMs, only
 * after a case-sensitive key (one word of letters), are the written spellings it accepts ("Go",
 * "GO").
 */
/** How most skill ids are made from their names ("A/B testing" → "a-b-testing"). */
export function slugOf(name: string): string {
  const lower = name.toLowerCase();
  // Most names are plain words ("machine learning"): a page's engine makes 1,400 ids as it starts.
  if (PLAIN_KEY.test(lower)) return lower.includes(' ') ? lower.replaceAll(' ', '-') : lower;
  return lower.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A key of ASCII letters and digits in words apart ("machine learning"), as most are: cut at its spaces alone. */
export const PLAIN_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

export const CATEGORY_BASE = 65; // 'A'

export const ALIAS_FLAG = { caseSensitive: 1, needsEvidence: 2, needsAsk: 4 } as const;
export const FLAG_BASE = 65; // 'A'
export const FIELD = '|';
/**
 * Between the lines of a packed column: a character JSON leaves as it is. A line break costs three
 * bytes in the built script (JSON escapes it, and the script's string of that JSON escapes the
 * escape), and there are about 3,500 of them.
 */
export const LINE = '~';
export const FORM = ':';
/**
 * An alias written as this is the open spelling of the skill's name (`openKey`): 134 brands list
 * it ("WebStorm|web storm"): spelt out, in another case than the name, it cost the zip 0.27 kB.
 */
export const OPEN_NAME = '^';
/**
 * An alias written as this and a field's number (0: the name) is that field's key with its spaces
 * taken out: "vega lite|+3" is "vega lite|vegalite" (261 aliases; 0.18 kB of the zip).
 */
export const GLUED = '+';

/**
 * A name of one word of ASCII letters with capitals inside, cut before each capital that follows
 * a small letter, in lower case, each part two letters or more ("WebStorm": "web storm", "ArcGIS":
 * "arc gis"); null for any other name. The packer writes OPEN_NAME only where this gives the
 * alias exactly. A character loop: a page unpacks as it opens, interpreted.
 */
export function openKey(name: string): string | null {
  let out = '';
  let part = 0;
  let lowerBefore = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && (c < 97 || c > 122)) return null;
    if (upper && lowerBefore) {
      if (part < 2) return null;
      out += ' ';
      part = 0;
    }
    out += upper ? String.fromCharCode(c + 32) : name[i]!;
    part++;
    lowerBefore = !upper;
  }
  return part >= 2 && out.includes(' ') ? out : null;
}


/**
 * V8 lets a substring of 13 characters or more share its parent's memory (a sliced string), so
 * one skill name cut from the packed column would keep the whole column (100 KB) alive in every
 * job tab. A copy keeps only itself.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}


/** The key a packed alias spells (its flag and forms left out). */
export function packedAliasKey(text: string): string {
  const c = text.charCodeAt(0);
  const flagged = c >= FLAG_BASE && c < FLAG_BASE + 8;
  const key = flagged ? text.slice(1) : text;
  return flagged && (c - FLAG_BASE) & ALIAS_FLAG.caseSensitive ? key.split(FORM, 1)[0]! : key;
}

/** A skill's id from its packed id and line (name, then aliases): see `PackedData.ids`. */
export function skillIdOf(packedId: string, fields: readonly string[]): string {
  if (packedId === '') return slugOf(fields[0]!);
  if (packedId[0] !== '=') return detached(packedId);
  const alias = fields[parseInt(packedId.slice(1), 10)]!;
  return slugOf(alias === '' ? fields[0]! : packedAliasKey(alias));
}

/** The skills' ids in number order (what the roles refer to). */
export function packedSkillIds(packed: PackedData): string[] {
  const ids = packed.ids.split(LINE);
  return packed.skills.split(LINE).map((line, i) => skillIdOf(ids[i]!, line.split(FIELD)));
}


export const lines = (text: string): string[] => (text === '' ? [] : text.split(LINE));

export function unpackRoles(packed: PackedData, ids: readonly string[] = packedSkillIds(packed)): RuntimeRole[] {
  const r = packed.roles;
  return r.titles.map((title, i) => {
    const skills: Array<{ id: string; weight: number }> = [];
    // Split once at the spaces: a run's last skill and the next run's weight come as one token
    // ("gb,95"), and parseInt reads the number before the comma.
    const tokens = r.skills[i] === '' ? [] : r.skills[i]!.split(' ');
    let weight = tokens.length > 0 ? parseInt(tokens[0]!, 36) / 1000 : 0;
    for (let k = 1; k < tokens.length; k++) {
      const token = tokens[k]!;
      skills.push({ id: ids[parseInt(token, 36)]!, weight });
      const comma = token.indexOf(',');
      if (comma >= 0) weight = parseInt(token.slice(comma + 1), 36) / 1000;
    }
    return {
      id: r.ids[i] || slugOf(title),
      title,
      responsibilities: lines(r.responsibilities[i]!),
      seniority: r.seniority[i]!.map((s) => SENIORITIES[s] as Seniority),
      degree: { typical: DEGREES[r.degrees[i]!] as Degree },
      skills,
    };
  });
}

/**
 * What only the extension's pages show of a role (the comparison, the welcome page's starter
 * set, the history's role filter), packed apart from the engine's data so the content script
 * doesn't carry it.
 */
export interface RoleDetails {
  id: string;
  /** The history shows the role titles before it loads the engine (src/role-details.ts). */
  title: string;
  summary: string;
  industries: string[];
  education?: string[];
  tools?: string[];
  /** Each skill's tier, one letter (TIER_CODES) a skill, in the order of the role's packed skills. */
  tiers: string;
}

/** The roles' details in columns, a role's place in each (columns zip smaller than rows); null where a role has none. */
export interface PackedRoleDetails {
  ids: string[];
  titles: string[];
  summaries: string[];
  industries: string[][];
  education: Array<string[] | null>;
  tools: Array<string[] | null>;
  tiers: string[];
}

export function unpackRoleDetails(p: PackedRoleDetails): RoleDetails[] {
  return p.ids.map((id, i) => {
    const [education, tools] = [p.education[i], p.tools[i]];
    return { id, title: p.titles[i]!, summary: p.summaries[i]!, industries: p.industries[i]!, ...(education ? { education } : {}), ...(tools ? { tools } : {}), tiers: p.tiers[i]! };
  });
}

export const TIER_CODES = { core: 'c', common: 'm', nice: 'n' } as const satisfies Record<RoleSkill['tier'], string>;
const TIER_OF = new Map<string, RoleSkill['tier']>(Object.entries(TIER_CODES).map(([tier, code]) => [code, tier as RoleSkill['tier']]));

/** A role as the pages show it: what scoring reads plus the details (a full `Role` is one too). */
export type RoleProfile = Omit<RuntimeRole, 'skills'> & Pick<Role, 'summary' | 'industries' | 'education' | 'tools' | 'skills'>;

/** The runtime roles joined with their details (both packed from the same files at build time). */
export function unpackRoleProfiles(roles: readonly RuntimeRole[], details: readonly RoleDetails[]): RoleProfile[] {
  const byId = new Map(details.map((d) => [d.id, d]));
  return roles.map((r) => {
    const d = byId.get(r.id);
    if (!d || d.tiers.length !== r.skills.length) throw new Error(`packed role details don't fit the role "${r.id}"`);
    const { tiers, id: _id, title: _title, ...shown } = d;
    return { ...r, ...shown, skills: r.skills.map((s, i) => ({ ...s, tier: TIER_OF.get(tiers[i]!)! })) };
  });
}
