import { ASK_ADJECTIVES, ASK_NOUNS } from './ask-nouns';
import type { Candidate } from './scan';
import type { SkillIndex } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Plurals of a soft skill's word that name the things made rather than the skill: "multi-modal
 * marketing communications across channels", "generative AI for personalized communications",
 * "papers or conference communications" are messages and talks, not the ability to communicate
 * (in the 488 development postings, 4 of 4 such plurals read as asks were of that kind).
 */
const THINGS_MADE = new Set(['communications']);

const GLUE = new Set(['and', '&', ',', '/']);
/** How many words a skill listed after it may take before the ask noun they share. */
const SHARED_NOUN_REACH = 3;

const askNounAt = (t: Tokens, k: number) => k < t.count && t.kind[k] === TokenKind.Word && ASK_NOUNS.has(t.lower[k]!);

/**
 * An ask right around the word ("strong communications", "communications skills"), or an ask
 * noun it shares with the skill listed after it ("communications and stakeholder management
 * skills").
 */
function asked(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (p >= 0 && t.kind[p] === TokenKind.Word && ASK_ADJECTIVES.has(t.lower[p]!)) return true;
  if (askNounAt(t, i + 1)) return true;
  if (!GLUE.has(t.lower[i + 1] ?? '')) return false;
  for (let k = i + 2; k < t.count && k <= i + 2 + SHARED_NOUN_REACH; k++) {
    if (askNounAt(t, k)) return true;
    if (t.kind[k] !== TokenKind.Word) return false;
  }
  return false;
}

/** Drops a soft skill read from one plural word that names things made, unless the words around ask for it. */
export function dropPluralThings(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  const keep = (c: Candidate) => c.first !== c.last || !THINGS_MADE.has(t.lower[c.first]!) || index.skills.get(c.skillId)?.category !== 'soft-skill' || asked(t, c.first);
  return found.every(keep) ? found : found.filter(keep);
}
