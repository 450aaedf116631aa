import { classifyMentions } from '../../../src/core/extract';
import type { Matcher } from '../../../src/core/matcher';
import { analyzeStructure, sentenceAt } from '../../../src/core/sections';
import { tokenize, TokenKind, type Tokens } from '../../../src/core/tokenize';

/** Per-token tags of a span: outside, first token, inside. */
export const enum Tag {
  O = 0,
  B = 1,
  I = 2,
}

export interface TaggedText {
  tokens: Tokens;
  /** Feature strings per token (none for newlines, which always end a span). */
  features: string[][];
}

const shape = (w: string) => w.replace(/[A-Z]+/g, 'X').replace(/[a-z]+/g, 'x').replace(/[0-9]+/g, 'd').slice(0, 6);

/**
 * The engine's view of each token as features: the word and its neighbours, its shape, whether a
 * taxonomy skill starts, continues or ends there (and its category and importance), and the
 * section its sentence belongs to. The learned tagger can only reweigh what the engine sees.
 */
export function featurize(text: string, matcher: Matcher): TaggedText {
  const tokens = tokenize(text);
  const structure = analyzeStructure(text);
  const n = tokens.count;
  const dict = new Array<string>(n).fill('O');
  const cat = new Array<string>(n).fill('-');
  const imp = new Array<string>(n).fill('-');
  for (const { candidate: c, importance } of classifyMentions(tokens, matcher, structure)) {
    const category = matcher.index.skills.get(c.skillId)?.category ?? '?';
    for (let i = c.first; i <= c.last; i++) {
      dict[i] = (i === c.first ? 'B' : 'I') + (i === c.last ? 'E' : '');
      cat[i] = category;
      imp[i] = importance + (c.inRoleName ? '-title' : '');
    }
  }
  const raw = (i: number) => (i < 0 || i >= n ? '' : text.slice(tokens.start[i]!, tokens.end[i]!));
  const w = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens.kind[i] === TokenKind.Newline ? '<nl>' : tokens.lower[i]!);
  const d = (i: number) => (i < 0 || i >= n ? '#' : dict[i]!);
  const features: string[][] = [];
  let inLine = 0;
  for (let i = 0; i < n; i++) {
    if (tokens.kind[i] === TokenKind.Newline) {
      inLine = 0;
      features.push([]);
      continue;
    }
    const r = raw(i);
    const s = sentenceAt(structure.sentences, tokens.start[i]!);
    const section = s ? s.kind : 'none';
    features.push([
      'bias', `w=${w(i)}`, `w-1=${w(i - 1)}`, `w+1=${w(i + 1)}`, `w-2=${w(i - 2)}`, `w+2=${w(i + 2)}`,
      `w-1|w=${w(i - 1)}|${w(i)}`, `w|w+1=${w(i)}|${w(i + 1)}`,
      `shape=${shape(r)}`, `shape-1=${shape(raw(i - 1))}`, `shape+1=${shape(raw(i + 1))}`,
      `suf2=${w(i).slice(-2)}`, `suf3=${w(i).slice(-3)}`, `suf4=${w(i).slice(-4)}`, `pre3=${w(i).slice(0, 3)}`,
      `caps=${r.length > 1 && r === r.toUpperCase() && /[A-Z]/.test(r)}`,
      `dict=${d(i)}`, `dict-1=${d(i - 1)}`, `dict+1=${d(i + 1)}`, `dict-2=${d(i - 2)}${d(i - 1)}`, `dict+2=${d(i + 1)}${d(i + 2)}`,
      `dict3=${d(i - 1)}${d(i)}${d(i + 1)}`, `w|dict=${w(i)}${d(i)}`, `w|dict+1=${w(i)}|${d(i + 1)}`, `w-1|dict=${w(i - 1)}|${d(i)}`,
      `cat=${cat[i]}`, `dict|cat=${d(i)}${cat[i]}`, `imp=${imp[i]}`, `dict|imp=${d(i)}${imp[i]}`,
      `section=${section}${s?.cue ?? ''}`, `dict|section=${d(i)}${section}`, `inLine=${Math.min(inLine++, 5)}`,
    ]);
  }
  return { tokens, features };
}

/** Gold tags from character spans; a span covers the tokens wholly inside it. */
export function tagsFor(tokens: Tokens, spans: ReadonlyArray<{ start: number; end: number }>): Tag[] {
  const tags = new Array<Tag>(tokens.count).fill(Tag.O);
  for (const g of spans) {
    let first = true;
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.kind[i] === TokenKind.Newline || tokens.start[i]! < g.start || tokens.end[i]! > g.end) continue;
      tags[i] = first ? Tag.B : Tag.I;
      first = false;
    }
  }
  return tags;
}
