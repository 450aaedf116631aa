import type { Engine, SkillRef } from '../core/types';

export interface FoundSkill extends SkillRef {
  /** Already in the user's list. */
  have: boolean;
  checked: boolean;
  /** The résumé's own words it was found from ("k8s", "Kubernetes"), at most three. */
  words: string[];
  /** Enough evidence to tick it by default. */
  strong: boolean;
}

/** Categories a résumé names without their being skills one has: industries, fields, soft skills. */
const WEAK_CATEGORIES = new Set(['domain', 'soft-skill']);

/** Is the text at [start, end) part of a URL or an e-mail address ("github.com/dana")? */
function inLink(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const token = text.slice(a, b);
  // A domain, a scheme or an address; not any slash ("A/B testing", "CI/CD" are skills).
  return /:\/\/|^www\.|@|[a-z0-9-]\.(com|org|io|net|dev|ai|co|de|uk|me|example)\b/i.test(token);
}

/**
 * The taxonomy's skills in a pasted résumé, each with the words it was found from. Only strong
 * evidence is ticked: a skill named outside links, not an industry or a soft skill, and not a
 * lone short word read as an acronym ("Ran" is not RAN). The rest is listed unticked, so junk
 * ("GitHub" from a profile URL, "Research" from "R&D", "Retail" from an employer's name) is
 * one click away but never added by default.
 */
export function findResumeSkills(
  text: string,
  engine: Pick<Engine, 'findMentions' | 'skill'>,
  categoryOf: (id: string) => string | undefined,
  has: (id: string) => boolean,
): FoundSkill[] {
  const byId = new Map<string, { ref: SkillRef; words: string[]; good: number }>();
  for (const m of engine.findMentions(text)) {
    const ref = engine.skill(m.skillId) ?? { id: m.skillId, name: m.span.text };
    const entry = byId.get(ref.id) ?? { ref, words: [], good: 0 };
    byId.set(ref.id, entry);
    const word = m.span.text;
    if (!entry.words.some((w) => w.toLowerCase() === word.toLowerCase())) entry.words.push(word);
    // A plain short word read as an acronym alias: "Ran" as RAN (but "k8s" and "GCP" are meant).
    const acronymGuess = word.length <= 3 && word.toLowerCase() !== ref.name.toLowerCase() && /^[A-Z]?[a-z]+$/.test(word);
    if (!inLink(text, m.span.start, m.span.end) && !acronymGuess) entry.good++;
  }
  return [...byId.values()].map(({ ref, words, good }) => {
    const strong = good > 0 && !WEAK_CATEGORIES.has(categoryOf(ref.id) ?? '');
    const have = has(ref.id);
    return { id: ref.id, name: ref.name, have, checked: strong && !have, words: words.slice(0, 3), strong };
  });
}
