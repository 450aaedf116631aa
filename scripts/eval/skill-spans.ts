import { readFileSync } from 'node:fs';
import { classifyMentions, type ClassifiedMention } from '../../src/core/extract';
import type { Matcher } from '../../src/core/matcher';
import { analyzeStructure } from '../../src/core/sections';
import { tokenize } from '../../src/core/tokenize';
import type { Span } from '../../src/core/types';

interface SpanPosting {
  id: string;
  text: string;
  spans: Array<{ start: number; end: number; label: string; text: string }>;
}

export interface SpanScores {
  postings: number;
  gold: number;
  predicted: number;
  strict: { tp: number; precision: number; recall: number; f1: number };
  /** Predicted and gold spans that overlap at all. */
  loose: { precision: number; recall: number; f1: number };
  /**
   * Gold spans that are exactly some taxonomy mention (asked for or not): the most recall any
   * choice among the dictionary's mentions can reach.
   */
  dictionaryReach: number;
  falsePositives: Array<{ text: string; count: number; example: string }>;
  misses: Array<{ text: string; count: number; example: string }>;
}

export function readSpanPostings(file: string): SpanPosting[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SpanPosting);
}

export const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function sentenceAround(text: string, start: number, end: number): string {
  const s = text.lastIndexOf('\n', start) + 1;
  const e = text.indexOf('\n', end);
  return text.slice(s, e < 0 ? text.length : e).trim().slice(0, 160);
}

function tally(map: Map<string, { count: number; example: string }>, key: string, example: string) {
  const x = map.get(key);
  if (x) x.count++;
  else map.set(key, { count: 1, example });
}

/**
 * Which of our mentions stand for SkillSpan's "Knowledge" (tools, technologies, languages,
 * domains) as its annotators marked it: what the posting asks of the candidate (the engine's
 * required and preferred mentions: not the company blurb, the benefits or a job title such as
 * "Java Developer"), and not soft skills, which its guidelines label "Skill" (spoken languages
 * excepted).
 */
function knowledgeOf(matcher: Matcher, text: string, mentions: readonly ClassifiedMention[]): Span[] {
  return mentions
    .filter(({ candidate, importance }) => {
      if (importance === 'mentioned') return false;
      const skill = matcher.index.skills.get(candidate.skillId);
      return skill?.category !== 'soft-skill' || skill.parent === 'spoken-languages';
    })
    .map(({ candidate: c }) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
}

/** Every mention the engine finds, with its importance: one tokenize-and-match pass a text. */
function allMentions(matcher: Matcher, text: string): ClassifiedMention[] {
  return classifyMentions(tokenize(text), matcher, analyzeStructure(text));
}

/** Strict (exact offsets) and loose (any overlap) span scores against SkillSpan "Knowledge" spans. */
export function scoreSpans(matcher: Matcher, postings: readonly SpanPosting[]): SpanScores {
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  let looseP = 0;
  let looseR = 0;
  let reachable = 0;
  const fps = new Map<string, { count: number; example: string }>();
  const misses = new Map<string, { count: number; example: string }>();
  for (const p of postings) {
    const goldSpans = p.spans.filter((s) => s.label === 'Knowledge');
    const mentions = allMentions(matcher, p.text);
    const pred = knowledgeOf(matcher, p.text, mentions);
    gold += goldSpans.length;
    predicted += pred.length;
    const goldKeys = new Set(goldSpans.map((s) => `${s.start}:${s.end}`));
    const predKeys = new Set(pred.map((s) => `${s.start}:${s.end}`));
    const anyMention = new Set(mentions.map(({ candidate: c }) => `${c.start}:${c.end}`));
    for (const key of goldKeys) if (anyMention.has(key)) reachable++;
    for (const s of pred) {
      if (goldKeys.has(`${s.start}:${s.end}`)) tp++;
      else tally(fps, s.text.toLowerCase(), sentenceAround(p.text, s.start, s.end));
      if (goldSpans.some((g) => g.start < s.end && s.start < g.end)) looseP++;
    }
    for (const g of goldSpans) {
      if (!predKeys.has(`${g.start}:${g.end}`)) tally(misses, g.text.toLowerCase(), sentenceAround(p.text, g.start, g.end));
      if (pred.some((s) => g.start < s.end && s.start < g.end)) looseR++;
    }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const lp = predicted ? looseP / predicted : 0;
  const lr = gold ? looseR / gold : 0;
  const top = (m: Map<string, { count: number; example: string }>) =>
    [...m.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 15).map(([text, v]) => ({ text, ...v }));
  return {
    postings: postings.length,
    gold,
    predicted,
    strict: { tp, precision, recall, f1: f1(precision, recall) },
    loose: { precision: lp, recall: lr, f1: f1(lp, lr) },
    dictionaryReach: gold ? reachable / gold : 0,
    falsePositives: top(fps),
    misses: top(misses),
  };
}
