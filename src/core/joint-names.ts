import type { RoleName, RoleNameIndex } from './role-name-index';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Two fields that share one job noun ("Data/ML Engineer", "Analytics and Data Engineer"): the
 * role-name finder (role-names.ts) reads the second field's name, and this names the first's.
 */

/**
 * What joins two fields that share one job noun: "Data/ML Engineer", "ML Infrastructure & Data
 * Engineer", "Analytics and Data Engineer". The glue of a list of names (name-lists.ts LIST_GLUE)
 * but its comma and "or": a comma ends a title ("Senior Analyst, Data Engineer"), and "or" was
 * never needed (read as glue too, it changes nothing in the 555 postings of the analysis hash).
 */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['/', '&', 'and']);
/** The most words the first field of a joint name may have ("Machine Learning / ETL Engineer"). */
const CONJUNCT_WORDS = 3;

/**
 * The role the first field of a joint name names with the name's job noun: a "Data/ML Engineer"
 * is a data engineer as much as an ML engineer, an "ML Infrastructure & Data Engineer" an ML
 * infrastructure engineer as much as a data engineer. Read only the second field, the posting
 * named one of its two jobs, and that one decided the role against what the skills said. Null
 * when the words before the conjunction and the noun name no role at full weight ("Senior/Lead
 * ML Engineer", "research and data scientist"). `i` is the name's first token; `first` is the
 * joint name's.
 */
export function conjunctName(tokens: Tokens, words: readonly string[], i: number, noun: string, index: RoleNameIndex): { name: RoleName; first: number } | null {
  const conj = i - 1;
  if (conj < 0 || !CONJUNCTIONS.has(tokens.lower[conj]!)) return null;
  // The field's words, nearest first, joined by spaces only (a comma or a line break ends it).
  const at: number[] = [];
  for (let k = conj - 1; k >= 0 && at.length < CONJUNCT_WORDS && tokens.kind[k] === TokenKind.Word; k--) at.push(k);
  // Two fields some name writes as one ("AI/ML Engineer"): "AI/ML Software Engineer" is one job.
  if (at.length > 0 && index.byFirst.get(words[at[0]!]!)?.bySecond.has(words[i]!)) return null;
  // Longest first: "Machine Learning" before "Learning".
  for (let n = at.length; n >= 1; n--) {
    const want = [...at.slice(0, n).reverse().map((k) => words[k]!), noun];
    const group = index.byFirst.get(want[0]!);
    if (!group) continue;
    const list = (want.length > 1 ? group.bySecond.get(want[1]!) : undefined) ?? group.other;
    const found = list.find((x) => x.weight === 1 && x.words.length === want.length && x.words.every((w, k) => w === want[k]));
    if (found) return { name: found, first: at[n - 1]! };
  }
  return null;
}
