import type { Candidate } from './scan';
import { TokenKind, type Tokens } from './tokenize';
import { isVerb } from './work-verbs';

/**
 * Aliases that open with a verb's form: "build tools", "build systems", "build pipelines",
 * "design systems", "scale up", "test cases". As a noun compound they name a skill ("build tools
 * such as Maven"); where the grammar makes their first word the verb ("to build tools people
 * want", "you will design and build systems for distributed training", "to scale up") they say
 * what the work makes, and ask for no such skill.
 */
const VERB_FIRST = new Set(['build', 'design', 'scale', 'test']);

/** Words after which the next word is a verb: "to", the modals, a subject pronoun, "help". */
const VERB_AFTER = new Set('to will can could should must may might would shall you we they help helps'.split(' '));

/** What joins two verbs of one clause. */
const JOINERS = new Set(['and', 'or', '&', '/']);

/** The candidate's first word is the verb of its clause: "to build tools", "design and build systems", "maintain and build tools". */
export function readAsAVerb(t: Tokens, c: Candidate): boolean {
  if (c.first === c.last || !VERB_FIRST.has(t.lower[c.first]!)) return false;
  const p = c.first - 1;
  if (p < 0 || t.kind[p] === TokenKind.Newline) return false;
  const before = t.lower[p]!;
  if (t.kind[p] === TokenKind.Word && VERB_AFTER.has(before)) return true;
  // "Design and build systems", "Maintain and build tools", "Deploy & Scale AI Features": a verb joined to it makes it one too.
  const v = p - 1;
  return JOINERS.has(before) && v >= 0 && t.kind[v] === TokenKind.Word && isVerb(t.lower[v]!);
}
