import { findAlternatives, type SentenceMention } from './alternatives';
import { importanceOf } from './extract';
import { sentenceAt, type Sentence, type Structure } from './sections';
import type { Skill } from './schema';
import type { SkillIndex } from './skill-index';
import type { SkillHit } from './types';

const CONCEPTS = new Set(['group', 'ml-concept', 'method', 'statistics']);

/**
 * A kind of thing rather than a product: a group or concept, or named in the plural or in
 * sentence case ("Cloud platforms", "BI tools", "Cloud computing"; not "AWS", "Apache Spark").
 */
export function isGenericSkill(skill: Pick<Skill, 'name' | 'category'> | undefined): boolean {
  if (!skill) return false;
  const n = skill.name;
  return CONCEPTS.has(skill.category) || /[^s]s$/.test(n) || (n.includes(' ') && n.slice(1) === n.slice(1).toLowerCase());
}

/**
 * Marks each skill hit with what kind of ask it is: one of alternatives (`anyOf`), or a soft
 * skill (`soft`). Alternatives are read sentence by sentence (src/core/alternatives.ts); a skill
 * is one of a group only when every mention that gives it its importance sits in a group, so
 * "AWS or GCP … strong AWS skills" keeps AWS a requirement of its own.
 */
export function annotateAsks(skills: SkillHit[], text: string, structure: Structure, index: SkillIndex): void {
  const parentOf = (id: string) => index.skills.get(id)?.parent ?? undefined;
  const isGeneric = (id: string) => isGenericSkill(index.skills.get(id));
  const bySentence = new Map<Sentence, SentenceMention[]>();
  /** Per skill: how many of its strongest mentions there are, and how many sit in a group. */
  const counts = new Map<string, { strong: number; grouped: number }>();

  for (const hit of skills) {
    const category = index.skills.get(hit.id)?.category;
    if (category === 'soft-skill') hit.soft = true;
    // Soft skills and industries are never alternatives to a hard skill.
    if (hit.importance === 'mentioned' || category === 'soft-skill' || category === 'domain') continue;
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
  const sentences = [...bySentence.keys()].sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    const mentions = bySentence.get(sentence)!;
    // One skill alone is a group only with "or similar" after it.
    if (mentions.length === 1 && !/\bor\b/i.test(text.slice(mentions[0]!.end + sentence.start, sentence.end))) continue;
    // A few characters before the sentence too: "e.g." may have ended the one before it.
    const from = Math.max(0, sentence.start - 12);
    const shifted = mentions.map((m) => ({ ...m, start: m.start + sentence.start - from, end: m.end + sentence.start - from }));
    for (const g of findAlternatives(text.slice(from, sentence.end), shifted, parentOf, isGeneric)) {
      const ids = g.parent !== undefined ? [g.parent, ...g.ids] : g.ids;
      // Each mention of a member in this sentence is accounted for by the group.
      for (const m of mentions) if (ids.includes(m.skillId)) counts.get(m.skillId)!.grouped++;
      for (const id of ids) if (!groupOf.has(id)) groupOf.set(id, ids);
    }
  }
  for (const hit of skills) {
    const c = counts.get(hit.id);
    const ids = groupOf.get(hit.id);
    // Mostly asked as one of a group (a tag line or a duty may name it again): one of the group.
    if (c && ids && c.grouped * 2 >= c.strong) hit.anyOf = ids;
  }
}
