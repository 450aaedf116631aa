import { gluedList } from './name-lists';
import type { Candidate } from './scan';
import { besideShowcase } from './showcases';
import type { SkillIndex } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Nouns of what a company has or plans, not of what someone knows: "our data management culture",
 * "drive Advanced Analytics, BI initiatives", "transform data science prototypes into production
 * solutions", "a rigorous data science boot camp", "a robust GitHub portfolio". A field right
 * before one names the company's plan, its artefacts, a course or where work is shown, and asks
 * for nothing; the same field asked elsewhere still is.
 * Soft skills are left alone: "a collaborative culture" says the people it wants.
 */
const PLAN_HEADS = new Set('culture cultures initiative initiatives prototypes bootcamp bootcamps portfolio portfolios profile profiles'.split(' '));
/** Two-word heads: "boot camp". */
const PLAN_HEAD_PAIRS = new Set(['boot camp', 'boot camps']);

function headAt(t: Tokens, n: number): boolean {
  if (n >= t.count || t.kind[n] !== TokenKind.Word) return false;
  const w = t.lower[n]!;
  if (PLAN_HEADS.has(w)) return true;
  return n + 1 < t.count && PLAN_HEAD_PAIRS.has(`${w} ${t.lower[n + 1]}`);
}

/**
 * Marks the fields before a plan's noun (directly, or through a list that ends in one) as naming it,
 * and a platform named beside a showcase as where work is shown: `inRoleName`, read as a mention.
 */
export function markPlanHeads(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  // From the end, so that a field joined to the next one reads whether that one took the head
  // ("machine learning and data management culture").
  let headed: Candidate | null = null;
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k]!;
    const next = found[k + 1];
    const sharesHead = next !== undefined && next === headed && gluedList(t, c.last, next.first);
    headed = null;
    if (!sharesHead && !headAt(t, c.last + 1)) {
      if (besideShowcase(t, c)) c.inRoleName = true;
      continue;
    }
    headed = c;
    if (index.skills.get(c.skillId)?.category !== 'soft-skill') c.inRoleName = true;
  }
  return found;
}
