import type { SkillCategory } from './schema';
import { SKILL_CATEGORIES } from './vocabulary';
import { AliasTrieBuilder } from './alias-trie';
import { AliasLookup, type SkillIndex, type SkillInfo } from './skill-index';
import { ALIAS_FLAG, CATEGORY_BASE, detached, FIELD, FLAG_BASE, FORM, GLUED, LINE, OPEN_NAME, openKey, PLAIN_KEY, skillIdOf, type PackedData } from './packed';

/*
 * The packed skills unpacked into the engine's alias index (the form: packed.ts). Apart from
 * packed.ts, which the extension's pages import for the roles: the index needs skill-index.ts and
 * with it the tokenizer and the lexicon, 2 kB of words the pages never read.
 */

/** The tokens of a key written together ("c++", "node.js"): runs of letters and digits, and single other characters. */
const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}]/gu;
const NO_FORMS: readonly string[] = [];

/** 1 at the codes of ASCII letters and digits: what \p{L}\p{N} are below 128 (a look-up, not a call a character). */
const ASCII_WORD = new Uint8Array(128);
for (const [from, to] of [[48, 57], [65, 90], [97, 122]] as const) ASCII_WORD.fill(1, from, to + 1);

/**
 * Adds the tokens of a key (`text` from `from` to `end`, see packed.ts) to the trie: a space before a
 * token, it stands apart; none, it touches the one before ("c++"). Read a character at a time (a
 * page unpacks 10,000 keys as it opens): runs of ASCII letters and digits, and single other
 * characters; a part with a character beyond ASCII ("café") is cut by the Unicode pattern.
 */
function addKeyTokens(builder: AliasTrieBuilder, text: string, from: number, end: number): void {
  for (let i = from; i < end; ) {
    let partEnd = text.indexOf(' ', i);
    if (partEnd < 0 || partEnd > end) partEnd = end;
    let ascii = true;
    for (let k = i; k < partEnd && ascii; k++) ascii = text.charCodeAt(k) < 128;
    let attached = false;
    if (ascii) {
      for (let k = i; k < partEnd; attached = true) {
        let j = k + 1;
        if (ASCII_WORD[text.charCodeAt(k)] === 1) while (j < partEnd && ASCII_WORD[text.charCodeAt(j)] === 1) j++;
        builder.key(j - k === 1 ? text[k]! : detached(text.slice(k, j)), attached);
        k = j;
      }
    } else {
      for (const [token] of text.slice(i, partEnd).matchAll(TOKEN)) {
        builder.key(detached(token), attached);
        attached = true;
      }
    }
    i = partEnd + 1;
  }
}

/**
 * Adds a plain key's words (PLAIN_KEY) to the trie: one native test of the key instead of a
 * character loop, which a page runs interpreted (the unpacking is over before V8 compiles it).
 */
function addPlainKeyTokens(builder: AliasTrieBuilder, text: string): void {
  for (let i = 0; ; ) {
    const space = text.indexOf(' ', i);
    const end = space < 0 ? text.length : space;
    // A key of one word is the text itself (no slice); only a long word needs a copy (see detached).
    const word = end - i === 1 ? text[i]! : i === 0 && space < 0 ? text : text.slice(i, end);
    builder.key(word.length < 13 ? word : detached(word), false);
    if (space < 0) return;
    i = space + 1;
  }
}

/** Adds one packed alias (the form described in packed.ts) of skill number `skill` to the trie. */
export function addPackedAlias(builder: AliasTrieBuilder, text: string, skill: number): void {
  if (PLAIN_KEY.test(text)) {
    addPlainKeyTokens(builder, text);
    builder.end(skill, false, false, false, NO_FORMS);
    return;
  }
  let bits = 0;
  let from = 0;
  const c = text.charCodeAt(0);
  if (c >= FLAG_BASE && c < FLAG_BASE + 8) {
    bits = c - FLAG_BASE;
    from = 1;
  }
  const caseSensitive = (bits & ALIAS_FLAG.caseSensitive) !== 0;
  let end = text.length;
  let forms = NO_FORMS;
  if (caseSensitive) {
    const at = text.indexOf(FORM, from);
    if (at >= 0) {
      forms = text.slice(at + 1).split(FORM).map(detached);
      end = at;
    }
  }
  addKeyTokens(builder, text, from, end);
  builder.end(skill, caseSensitive, (bits & ALIAS_FLAG.needsEvidence) !== 0, (bits & ALIAS_FLAG.needsAsk) !== 0, forms);
}

/** The key a skill's field `k` stands for, but a GLUED one (PackedData.skills). */
function fieldKey(f: string, name: string, k: number): string {
  return k === 0 || f === '' ? name.toLowerCase() : f === OPEN_NAME ? openKey(name)! : f;
}

/** The skills, and the trie of their aliases: what the engine reads of the taxonomy. */
export function unpackIndex(packed: PackedData): SkillIndex {
  const ids = packed.ids.split(LINE);
  const builder = new AliasTrieBuilder(packed.counts.tokens, packed.counts.nodes);
  const infos = packed.skills.split(LINE).map((line, i): SkillInfo => {
    const fields = line.split(FIELD);
    const name = detached(fields[0]!);
    for (let k = 1; k < fields.length; k++) {
      const f = fields[k]!;
      const j = f[0] === GLUED ? Number(f.slice(1)) : -1;
      addPackedAlias(builder, j >= 0 ? fieldKey(fields[j]!, name, j).replaceAll(' ', '') : fieldKey(f, name, k), i);
    }
    return { id: skillIdOf(ids[i]!, fields), name, category: SKILL_CATEGORIES[packed.categories.charCodeAt(i) - CATEGORY_BASE] as SkillCategory };
  });
  const children = new Map<string, string[]>();
  packed.parents.split(',').forEach((p, i) => {
    if (p === '') return;
    const info = infos[i]!;
    info.parent = infos[parseInt(p, 36)]!.id;
    const list = children.get(info.parent);
    if (list) list.push(info.id);
    else children.set(info.parent, [info.id]);
  });
  // Each pair at the smaller number: a skill's list comes out in number order, the pairs written
  // at smaller numbers than its own first (all added before its own turn), then its own.
  packed.related.split(',').forEach((group, i) => {
    if (group === '') return;
    let j = i;
    for (const step of group.split(' ')) {
      j += parseInt(step, 36);
      (infos[i]!.related ??= []).push(infos[j]!.id);
      (infos[j]!.related ??= []).push(infos[i]!.id);
    }
  });
  const trie = builder.build(infos.map((s) => s.id));
  return { trie, skills: new Map(infos.map((s) => [s.id, s])), byAlias: new AliasLookup(trie), children };
}
