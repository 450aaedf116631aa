import { isGlue } from './name-lists';
import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';

/** How many tokens back from a name the list's "culture of" may be: "a culture of collaboration, scientific inquiry, continuous learning". */
const REACH = 12;

/** Words that end the walk back: the list is another phrase's object ("culture of teams working with Python"). */
const NOT_IN_ITEM = new Set('with to for in on at by from into the a an our your their its including such like using'.split(' '));

/**
 * "fostering a culture of continuous learning", "Foster a culture of innovation, continuous
 * learning, and best practices": what a culture is made of describes the team the candidate
 * joins (or builds), not a skill asked of them. Marked like a job's or a team's name (`inRoleName`:
 * listed as mentioned, never as missing); the same skill asked elsewhere still counts there.
 */
export function markCultures(t: Tokens, found: Candidate[]): Candidate[] {
  for (const c of found) if (!c.inRoleName && afterCultureOf(t, c.first)) c.inRoleName = true;
  return found;
}

function afterCultureOf(t: Tokens, first: number): boolean {
  let i = first - 1;
  for (let n = 0; n < REACH && i >= 1; n++, i--) {
    const w = t.lower[i]!;
    if (w === 'of') return t.lower[i - 1] === 'culture' || t.lower[i - 1] === 'cultures';
    if (t.kind[i] === TokenKind.Newline || NOT_IN_ITEM.has(w)) return false;
    if (t.kind[i] !== TokenKind.Word && !isGlue(t, i) && w !== '-') return false;
  }
  return false;
}
