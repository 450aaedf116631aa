import { findAlternatives, type SentenceMention } from './alternatives';
import { importanceOf } from './extract';
import { sentenceAt, type Sentence, type Structure } from './sections';
import { isGenericSkill } from './kinds';
import type { SkillIndex } from './skill-index';
import type { SkillHit } from './types';

/**
 * Marks each skill hit with what kind of ask it is: one of alternatives (`anyOf`), or a soft
 * skill (`soft`). Alternatives are read sentence by sentence (src/core/alternatives.ts); a skill
 * is one of a group when more than half the mentions that give it its importance sit in one, so
 * "ETL" asked in nine sentences, or "strong AWS skills" beside "AWS, GCP, or Azure", stays an ask
 * of its own; "GCP" and "Azure" are then its alternatives.
 */
export function annotateAsks(skills: SkillHit[], text: string, structure: Structure, index: SkillIndex): void {
  const parentOf = (id: string) => index.skills.get(id)?.parent ?? undefined;
  const isGeneric = (id: string) => isGenericSkill(index.skills.get(id));
  const bySentence = new Map<Sentence, SentenceMention[]>();
  /** Per skill: how many of its strongest mentions there are, and how many sit in a group. */
  const counts = new Map<string, { strong: number; grouped: number }>();

  for (const hit of skills) {
    const category = index.skills.get(hit.id)?.category;
    // Spoken languages sit under soft skills in the taxonomy, but a posting asks them as a must.
    const spoken = index.skills.get(hit.id)?.parent === 'spoken-languages';
    if (category === 'soft-skill' && !spoken) hit.soft = true;
    // Soft skills and industries are never alternatives to a hard skill.
    if (hit.importance === 'mentioned' || hit.soft || category === 'domain') continue;
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
  /** Parents written as a kind ("workflow orchestration tools", "cloud platforms"): the group's name. */
  const kindNames = new Set<string>();
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
      const head = g.parent !== undefined ? mentions.find((m) => m.skillId === g.parent) : undefined;
      if (head && writtenAsKind(text, sentence.start + head.start, sentence.start + head.end)) kindNames.add(head.skillId);
    }
  }
  for (const hit of skills) {
    const c = counts.get(hit.id);
    const ids = groupOf.get(hit.id);
    // Mostly asked as one of a group (a tag line or a duty may name it again): one of the group.
    if (c && ids && c.grouped * 2 > c.strong) {
      hit.anyOf = ids;
      if (kindNames.has(hit.id)) hit.kindName = true;
    }
  }
}

/** "cloud platforms", "Airflow or similar workflow orchestration tools": a plural names a kind. */
function writtenAsKind(text: string, start: number, end: number): boolean {
  const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return /[^s']s$/i.test(text.slice(start, end)) || /^[\p{Ll}]{3,}[^s']s$/u.test(next);
}
