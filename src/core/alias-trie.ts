/**
 * The alias trie as flat arrays: a node is a number, its edges one hash table from (node, token
 * number) to the child (typed arrays), its flags and skill in typed arrays. The same trie as Maps of Maps took a page
 * about 1.2 MB of heap (8,000 nodes, 2,700 maps, 6,000 entry objects) and most of the engine's
 * start-up; this takes a fifth. Built from the source data (skill-index.ts) and from the packed
 * data (packed.ts) alike, so both engines match through the same code.
 */
import { filterBit, foldWord } from './word-filter';

/** What a complete alias path in the trie stands for. */
export interface AliasEntry {
  skillId: string;
  /** Needs the exact written case ("Go", "R", "Excel"), since the lower-case form is an everyday word. */
  caseSensitive: boolean;
  /** Needs corroboration from the context (another skill nearby, a technical cue). */
  needsEvidence: boolean;
  /** An everyday phrase too ("research", "stakeholders"): counts only where the sentence asks for it. */
  needsAsk: boolean;
  /** The written forms that satisfy a case-sensitive alias (empty when any case will do). */
  forms: readonly string[];
}

/** One alias as inserted: its keys (see skill-index.ts aliasKeys) and what it stands for. */
export interface AliasPath {
  keys: ReadonlyArray<{ key: string; attached: boolean }>;
  /** The skill's number in the `skillIds` given to buildAliasTrie. */
  skill: number;
  caseSensitive: boolean;
  needsEvidence: boolean;
  needsAsk: boolean;
  forms: readonly string[];
}

const ATTACHED = 1;
const CASE = 2;
const EVIDENCE = 4;
const ASK = 8;

/** Bits of the filter of the root's tokens (ROOT_BITS: a power of two). */
const ROOT_BITS = 1 << 16;


/** Aliases matched in any case need no written forms: they share one empty list. */
const NO_FORMS: readonly string[] = [];

/**
 * The edges as an open-addressing hash table in two typed arrays: key parent × radix + token
 * number, value the child. A Map of the same 8,500 edges took about twice the memory, and each
 * look-up (the matcher makes one a token) boxed and hashed a number through the Map's own code.
 */
class EdgeTable {
  readonly keys: Int32Array;
  readonly children: Int32Array;
  private readonly mask: number;

  constructor(edges: number) {
    // At most two-thirds full: probes stay short (the bundled data's 8,500 edges fill 16,384 slots half).
    let capacity = 16;
    while (capacity < edges * 1.5) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The slot of `key`: where it is, or the empty one where it would go. */
  slot(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.children[i]! : -1;
  }
}

export class AliasTrie {
  /** The root node: the empty path. */
  static readonly ROOT = 0;
  /**
   * What each node's alias stands for, made when first asked for. Filled with undefined up front:
   * assigned here and there in an empty array (node 5,000 first), V8 keeps its elements as a
   * dictionary, and each read hashes the node.
   */
  private readonly entries: Array<AliasEntry | undefined>;
  /** The root's children by token number (-1: none): every token of a posting asks for one, so an array rather than the edge map. */
  private readonly roots: Int32Array;
  /**
   * A filter of the tokens an alias starts with, one bit a hash (filterBit): two-thirds of a
   * posting's tokens start none, and a clear bit says so without looking the token up. A set bit
   * may be another token's: the table decides.
   */
  private readonly rootFilter = new Uint8Array(ROOT_BITS >> 3);
  /**
   * Token → number as an open-addressing table of (fold, number) pairs in one typed array, at
   * most half full: a probe reads one pair, and only a pair whose fold is the token's has its
   * string compared. A Map of the 4,175 strings, read cold by every pass of the matcher, cost
   * a string's hash and a few scattered reads a look-up.
   */
  private readonly table: Int32Array;
  private readonly tableMask: number;

  constructor(
    /** Token number → token. */
    private readonly tokens: readonly string[],
    /** parent × radix + token number → child (radix: at least the number of tokens). */
    private readonly edges: EdgeTable,
    private readonly radix: number,
    private readonly flags: Uint8Array,
    /** Skill number at each node, -1 where no alias ends. */
    private readonly skills: Int32Array,
    private readonly forms: ReadonlyMap<number, readonly string[]>,
    private readonly skillIds: readonly string[],
    /** The root's children by token number, as the builder made them (they are in the edges too). */
    roots: Int32Array,
  ) {
    this.roots = roots;
    this.entries = new Array<AliasEntry | undefined>(flags.length).fill(undefined);
    let capacity = 16;
    while (capacity < tokens.length * 2) capacity *= 2;
    this.table = new Int32Array(capacity * 2);
    this.tableMask = capacity - 1;
    for (let i = 1; i < this.table.length; i += 2) this.table[i] = -1;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const h = foldWord(token, token.length);
      let i = this.slotOf(h);
      while (this.table[2 * i + 1]! >= 0) i = (i + 1) & this.tableMask;
      this.table[2 * i] = h;
      this.table[2 * i + 1] = t;
      if (roots[t]! < 0) continue;
      const b = filterBit(h, ROOT_BITS - 1);
      this.rootFilter[b >> 3]! |= 1 << (b & 7);
    }
  }

  private slotOf(h: number): number {
    return (Math.imul(h, 0x85ebca6b) >>> 16) & this.tableMask;
  }

  /** The number of the token spelled by the first `end` code units of `token` (whose fold is h), or -1. */
  private numberOf(token: string, end: number, h: number): number {
    for (let i = this.slotOf(h); ; i = (i + 1) & this.tableMask) {
      const t = this.table[2 * i + 1]!;
      if (t < 0) return -1;
      if (this.table[2 * i] !== h) continue;
      const known = this.tokens[t]!;
      if (known.length === end && (end === token.length ? known === token : token.startsWith(known))) return t;
    }
  }

  /** False when no alias starts with the first `end` code units of `token` (true: maybe one does). */
  mayStart(token: string, end: number): boolean {
    return this.rootMayStart(foldWord(token, end));
  }

  /** mayStart for a token already folded (the root filter's bit and the table's slot share the fold). */
  private rootMayStart(h: number): boolean {
    const b = filterBit(h, ROOT_BITS - 1);
    return (this.rootFilter[b >> 3]! & (1 << (b & 7))) !== 0;
  }

  /**
   * The child of `node` along the first `end` code units of `token` (a plural's singular
   * without slicing it off), or -1; at the root, the filter answers most tokens.
   */
  childAt(node: number, token: string, end: number): number {
    const h = foldWord(token, end);
    if (node === AliasTrie.ROOT) {
      if (!this.rootMayStart(h)) return -1;
      const t = this.numberOf(token, end, h);
      return t < 0 ? -1 : this.roots[t]!;
    }
    const t = this.numberOf(token, end, h);
    return t < 0 ? -1 : this.edges.get(node * this.radix + t);
  }

  /** Nodes, the root included. */
  get size(): number {
    return this.flags.length;
  }

  /** Distinct tokens on the edges. */
  get tokenCount(): number {
    return this.tokens.length;
  }

  /** The child of `node` along `token`, or -1. */
  child(node: number, token: string): number {
    return this.childAt(node, token, token.length);
  }

  /** The node a path of keys leads to from the root, or -1. */
  path(keys: readonly string[]): number {
    let node = AliasTrie.ROOT;
    for (let i = 0; i < keys.length && node >= 0; i++) node = this.child(node, keys[i]!);
    return node;
  }

  /** A punctuation token that must touch the token before it ("c++", "node.js"). */
  attached(node: number): boolean {
    return (this.flags[node]! & ATTACHED) !== 0;
  }

  /** Whether an alias ends at `node`. */
  isAlias(node: number): boolean {
    return this.skills[node]! >= 0;
  }

  /** What the alias ending at `node` stands for (nothing for -1, no node); one object a node, made when first asked for. */
  entry(node: number): AliasEntry | undefined {
    if (node < 0) return undefined;
    const skill = this.skills[node]!;
    if (skill < 0) return undefined;
    let e = this.entries[node];
    if (!e) {
      const f = this.flags[node]!;
      e = { skillId: this.skillIds[skill]!, caseSensitive: (f & CASE) !== 0, needsEvidence: (f & EVIDENCE) !== 0, needsAsk: (f & ASK) !== 0, forms: this.forms.get(node) ?? NO_FORMS };
      this.entries[node] = e;
    }
    return e;
  }

  /**
   * Every edge, a parent always before its children: (parent, token, child). In the order the
   * edges were made: each made its child, numbered one after the other.
   */
  forEachEdge(fn: (parent: number, token: string, child: number) => void): void {
    const n = this.radix;
    const keyOf = new Int32Array(this.size).fill(-1);
    const { keys, children } = this.edges;
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) keyOf[children[i]!] = keys[i]!;
    for (let child = 1; child < keyOf.length; child++) {
      const key = keyOf[child]!;
      if (key >= 0) fn(Math.floor(key / n), this.tokens[key % n]!, child);
    }
  }
}

/**
 * Builds the trie one alias at a time, one key at a time (no array or object an alias: the
 * extension builds it from the packed data as a page opens). `tokens` and `nodes` are at least
 * the number of distinct keys and of paths' nodes, the root included (the packed data records
 * both). An alias whose path is already another alias of the same skill adds its written form,
 * and is only as strict as its least strict spelling ("Go", "GO"); a path claimed by another
 * skill keeps its first owner (the data test forbids such clashes).
 */
export class AliasTrieBuilder {
  private readonly tokens: string[] = [];
  private readonly tokenNumbers = new Map<string, number>();
  private readonly edges: EdgeTable;
  private readonly flags: Uint8Array;
  private readonly skills: Int32Array;
  private readonly forms = new Map<number, string[]>();
  /** The root's children by token number (-1: none): most keys are one token, found here without hashing. */
  private readonly roots: Int32Array;
  private size = 1;
  private node = 0;

  constructor(
    private readonly radix: number,
    nodes: number,
  ) {
    if (radix * nodes > 0x7fffffff) throw new Error('alias trie: too many tokens and nodes for 32-bit edge keys');
    this.flags = new Uint8Array(nodes);
    this.skills = new Int32Array(nodes).fill(-1);
    this.edges = new EdgeTable(nodes);
    this.roots = new Int32Array(radix).fill(-1);
  }

  /** Follows, or makes, the edge from where the alias has got to (the root at first). */
  key(token: string, attached: boolean): void {
    let t = this.tokenNumbers.get(token);
    if (t === undefined) {
      t = this.tokens.length;
      if (t >= this.radix) throw new Error(`alias trie: more than ${this.radix} distinct tokens`);
      this.tokenNumbers.set(token, t);
      this.tokens.push(token);
    }
    const edge = this.node * this.radix + t;
    let child = this.node === 0 ? this.roots[t]! : -1;
    if (child < 0) {
      const slot = this.edges.slot(edge);
      if (this.edges.keys[slot] === edge) child = this.edges.children[slot]!;
      else {
        child = this.size++;
        if (child >= this.flags.length) throw new Error(`alias trie: more than ${this.flags.length} nodes`);
        this.edges.keys[slot] = edge;
        this.edges.children[slot] = child;
        if (attached) this.flags[child] = ATTACHED;
        if (this.node === 0) this.roots[t] = child;
      }
    }
    this.node = child;
  }

  /** Ends the alias at the node reached: it stands for skill number `skill`. */
  end(skill: number, caseSensitive: boolean, needsEvidence: boolean, needsAsk: boolean, forms: readonly string[]): void {
    const node = this.node;
    this.node = 0;
    if (node === 0) return;
    const strict = (caseSensitive ? CASE : 0) | (needsEvidence ? EVIDENCE : 0) | (needsAsk ? ASK : 0);
    if (this.skills[node]! < 0) {
      this.skills[node] = skill;
      this.flags[node]! |= strict;
      if (forms.length > 0) this.forms.set(node, [...forms]);
    } else if (this.skills[node] === skill) {
      if (forms.length > 0) this.forms.set(node, [...(this.forms.get(node) ?? []), ...forms]);
      this.flags[node]! &= ATTACHED | strict;
    }
  }

  build(skillIds: readonly string[]): AliasTrie {
    // Forms matter only where the case must match.
    for (const node of this.forms.keys()) if ((this.flags[node]! & CASE) === 0) this.forms.delete(node);
    return new AliasTrie(this.tokens, this.edges, this.radix, this.flags.slice(0, this.size), this.skills.slice(0, this.size), this.forms, skillIds, this.roots);
  }
}

/** The trie of a list of aliases (the source data's: skill-index.ts). */
export function buildAliasTrie(paths: readonly AliasPath[], skillIds: readonly string[]): AliasTrie {
  const tokens = new Set<string>();
  let nodes = 1;
  for (const p of paths) {
    nodes += p.keys.length;
    for (const { key } of p.keys) tokens.add(key);
  }
  const builder = new AliasTrieBuilder(Math.max(tokens.size, 1), nodes);
  for (const p of paths) {
    for (const { key, attached } of p.keys) builder.key(key, attached);
    builder.end(p.skill, p.caseSensitive, p.needsEvidence, p.needsAsk, p.forms);
  }
  return builder.build(skillIds);
}

/** What the packed data records of a trie, so that unpacking can size it before it starts (AliasTrieBuilder). */
export function trieCounts(trie: AliasTrie): { tokens: number; nodes: number } {
  return { tokens: trie.tokenCount, nodes: trie.size };
}

/**
 * Every path of the trie that ends at an alias, as its key (see skill-index.ts aliasKey) with its
 * node, parents before children: "scikit learn", "c++", "node.js".
 */
export function aliasNodes(trie: AliasTrie): Array<[key: string, node: number]> {
  const keys: string[] = [''];
  const out: Array<[string, number]> = [];
  trie.forEachEdge((parent, token, child) => {
    const prefix = keys[parent]!;
    const key = prefix === '' ? token : trie.attached(child) ? prefix + token : `${prefix} ${token}`;
    keys[child] = key;
    if (trie.isAlias(child)) out.push([key, child]);
  });
  return out;
}

/** Every path of the trie with what it ends at, sorted: two tries with the same paths find the same aliases (the build checks the packed one so). */
export function triePaths(trie: AliasTrie): string[] {
  const paths: string[] = [''];
  const out: string[] = [];
  trie.forEachEdge((parent, token, child) => {
    const here = `${paths[parent]}${trie.attached(child) ? '^' : ' '}${token}`;
    paths[child] = here;
    const e = trie.entry(child);
    out.push(e ? `${here} → ${e.skillId} ${e.caseSensitive ? 'case' : ''} ${e.needsEvidence ? 'evidence' : ''} ${e.needsAsk ? 'ask' : ''} ${e.caseSensitive ? e.forms.join('|') : ''}` : here);
  });
  return out.sort();
}
