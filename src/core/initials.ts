import { capitalWord } from './name-lists';
import type { Candidate } from './scan';
import type { SkillIndex } from './skill-index';
import { TokenKind, type Tokens } from './tokenize';

/** Small words an acronym leaves out, the articles and the words joining a name's parts: "Department of Defense (DoD)", "Training and Logistics (TLS)". */
const LEFT_OUT = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'from', 'a', 'an', '&']);

/** Letters an acronym may hold: "TLS", "DoD" (its capitals, "LLMs" → LLM); a single capital is a word, not one. */
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** Words of a skill's name compared by their first letters, so "Manager" meets "management". */
const HEAD_LETTERS = 5;
const wordHead = (w: string) => w.slice(0, HEAD_LETTERS);

/** A hyphen or ampersand inside a name, whose words keep their own initials: "Retrieval-Augmented", "Research & Development". */
const joinsNameWords = (t: Tokens, i: number) => t.kind[i] === TokenKind.Punct && (t.lower[i] === '-' || t.lower[i] === '&');

/** Its capitals, when token i is an acronym written alone in brackets: "(TLS)", "(DoD)". */
function bracketedAcronym(t: Tokens, i: number): string | null {
  if (i < 1 || i + 1 >= t.count || t.lower[i - 1] !== '(' || t.lower[i + 1] !== ')') return null;
  const word = t.text.slice(t.start[i], t.end[i]);
  if (!/^[A-Z][A-Za-z]*$/.test(word)) return null;
  const letters = word.replace(/[^A-Z]/g, '');
  return letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS ? letters : null;
}

/**
 * The token where the words before the bracket start whose initials spell `letters` ("large
 * language models" for LLM), or -1 when they don't. Hyphens join words that keep their own
 * initial ("Retrieval-Augmented Generation").
 */
function spelledOut(t: Tokens, open: number, letters: string): number {
  let k = letters.length - 1;
  let i = open - 1;
  let first = -1;
  while (i >= 0 && k >= 0) {
    if (joinsNameWords(t, i)) {
      i--;
      continue;
    }
    if (t.kind[i] !== TokenKind.Word) return -1;
    const w = t.lower[i]!;
    if (w[0] === letters[k]!.toLowerCase()) {
      first = i;
      k--;
    } else if (!LEFT_OUT.has(w)) return -1;
    i--;
  }
  return k < 0 ? first : -1;
}

/**
 * A proper name in capitalised words right before the bracket whose initials the acronym
 * continues or ends: "Training and Logistics (TLS)" (its third word left out), "Adobe Unified
 * Brand Services (UBS)". Its first token, or -1.
 */
function namedBefore(t: Tokens, open: number, letters: string): number {
  let initials = '';
  let first = -1;
  for (let i = open - 1; i >= 0; i--) {
    if (joinsNameWords(t, i)) continue;
    if (t.kind[i] !== TokenKind.Word) break;
    if (capitalWord(t, i)) {
      initials = t.lower[i]![0]!.toUpperCase() + initials;
      first = i;
    } else if (!LEFT_OUT.has(t.lower[i]!)) break;
  }
  if (initials.length < MIN_LETTERS) return -1;
  return initials.endsWith(letters) || letters.startsWith(initials) ? first : -1;
}

/** A proper name that joins two areas: "Training and Logistics", "Research & Development". */
function joinsAreas(t: Tokens, from: number, open: number): boolean {
  let joined = false;
  for (let i = from; i < open; i++) {
    if (t.lower[i] === 'and' || t.lower[i] === '&') joined = true;
    else if (t.kind[i] === TokenKind.Word && !LEFT_OUT.has(t.lower[i]!) && !capitalWord(t, i)) return false;
  }
  return joined;
}

/**
 * Drops an acronym in brackets that abbreviates the proper name right before it when that name is
 * another thing than the skill the acronym is an alias of: "Rotary and Mission Systems (RMS)
 * Training and Logistics (TLS)" names a business unit, not Transport Layer Security. A unit's
 * name shows in its words: capitalised, and either joining two areas or spelling only part of
 * the acronym (its last word left out, as here). The acronym stands when the words are a skill's
 * name ("Large Language Models (LLMs)", "Reinforcement Learning with Human Feedback (RLHF)": a
 * mention lies in them) or share a word with the skill's name ("Red Hat Enterprise Linux (RHEL)",
 * "Adobe Experience Manager (AEM)").
 */
export function dropForeignInitials(t: Tokens, found: Candidate[], index: SkillIndex): Candidate[] {
  let drop: Set<Candidate> | undefined;
  for (const c of found) {
    if (c.first !== c.last) continue;
    const letters = bracketedAcronym(t, c.first);
    if (letters === null) continue;
    const open = c.first - 1;
    // Words that spell it all out name a unit only when they join two areas ("Rotary and Mission
    // Systems"): "Transport Layer Security (TLS)", "state-of-the-art (SOTA)" spell the term itself.
    const spelled = spelledOut(t, open, letters);
    const from = spelled >= 0 ? (joinsAreas(t, spelled, open) ? spelled : -1) : namedBefore(t, open, letters);
    if (from < 0) continue;
    const skill = index.skills.get(c.skillId);
    // "Cascading Style Sheet (CSS)": the acronym is the skill's own name, whatever the words say.
    if (skill?.name.toUpperCase() === t.lower[c.first]!.toUpperCase()) continue;
    const to = c.first - 2;
    if (found.some((o) => o !== c && o.first <= to && o.last >= from)) continue;
    const name = skill?.name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3).map(wordHead) ?? [];
    let shares = false;
    for (let i = from; i <= to && !shares; i++) shares = t.kind[i] === TokenKind.Word && name.includes(wordHead(t.lower[i]!));
    if (shares) continue;
    (drop ??= new Set()).add(c);
  }
  return drop ? found.filter((c) => !drop!.has(c)) : found;
}
