import { isGenericSkill } from './kinds';
import type { Skill } from './schema';
import type { SkillIndex } from './skill-index';
import type { SkillHit } from './types';

/**
 * The field a kind of tool is named after: "deep learning frameworks such as PyTorch or
 * TensorFlow", "MLOps platforms such as MLflow or Kubeflow". The kind is the group's name (met by
 * any of its products), but the words before "frameworks" name a field the posting asks for as
 * well: whoever works with deep learning frameworks does deep learning. Blind readers of the
 * development postings list the field beside the products in such sentences.
 */
const KIND_NOUN = /\s+(?:frameworks?|platforms?|libraries|library|tools?|toolkits?|stacks?)$/i;

/** Fields and practices only: "cloud platforms" names no skill "cloud" is asked for, "BI tools" no skill of its own. */
const FIELD_CATEGORIES: ReadonlySet<string> = new Set(['ml-concept', 'mlops']);

/**
 * Kinds of skill a kind's first words may name as well: "big data tools (e.g., Spark, Hadoop)",
 * "Big Data frameworks (Cassandra, Hadoop, Spark)", "testing frameworks such as Jest, Cypress"
 * ask for big data and testing (readers of the blind sets list Big data beside such products).
 * Not an industry or a soft skill, nor what names the products themselves: the cloud of "cloud
 * platforms (AWS, GCP, Azure)" (read as cloud computing it was listed in 31 of the 488 postings
 * and lowered precision on every labelled set), the BI of "BI tools such as Tableau".
 */
const NOT_FIELD_CATEGORIES: ReadonlySet<string> = new Set(['domain', 'soft-skill', 'cloud', 'bi-analytics']);

/** A field or practice the words before a kind noun name: a concept or MLOps practice, or any generic skill ("Big data", "Software testing") but NOT_FIELD_CATEGORIES. */
const namesAField = (skill: Pick<Skill, 'name' | 'category'>) => FIELD_CATEGORIES.has(skill.category) || (isGenericSkill(skill) && !NOT_FIELD_CATEGORIES.has(skill.category));

/**
 * For each group named as a kind with its own products (`kindName`), the field its name starts
 * with becomes an ask of the kind's importance, where it is not asked already. Runs after the
 * alternatives are read, so the field is no member of the products' group.
 */
export function askKindFields(skills: SkillHit[], index: SkillIndex): void {
  const byId = new Map(skills.map((h) => [h.id, h]));
  for (const hit of [...skills]) {
    if (!hit.kindName || hit.importance === 'mentioned') continue;
    for (const m of hit.mentions) {
      const kind = KIND_NOUN.exec(m.text);
      if (!kind) continue;
      const words = m.text.slice(0, kind.index);
      const id = index.byAlias.get(words);
      const field = id !== undefined && id !== hit.id ? index.skills.get(id) : undefined;
      if (!field || !namesAField(field) || index.skills.get(field.parent ?? '')?.id === hit.id) continue;
      const mention = { start: m.start, end: m.start + words.length, text: words };
      const known = byId.get(field.id);
      if (!known) {
        const added: SkillHit = { id: field.id, name: field.name, importance: hit.importance, years: null, mentions: [mention] };
        skills.push(added);
        byId.set(field.id, added);
      } else if (known.importance === 'mentioned') {
        known.importance = hit.importance;
        known.mentions.push(mention);
      }
      break;
    }
  }
}
