import type { RoleName, RoleNameIndex } from './role-name-index';
import { nextWord } from './role-name-tokens';
import { TokenKind, type Tokens } from './tokenize';

/**
 * A role's name followed by its specialisation ("Machine Learning Engineer, AI Platform",
 * "Software Engineer (Backend)"): the role-name finder (role-names.ts) counts the specialised
 * role, not the general one the text named first.
 */

/** The most words a specialisation after a name may have ("Machine Learning Engineer, Applied AI Platform"). */
const SPECIALISATION_WORDS = 3;

/**
 * The role a name's specialisation names, when the text writes one after a comma, dash or
 * bracket: "As the Machine Learning Engineer, AI Platform…" is an AI Platform Engineer, "Software
 * Engineer (Backend)" a Backend Engineer, read as the specialisation followed by the name's own job
 * noun. Postings write their own title so, and the specialised role is the job, not the general one
 * it is a kind of. Null when the words after the separator and the noun name no role at full weight
 * ("Data Engineer - Remote", "Software Engineer, Level 5"). `last` is the specialisation's last token.
 */
export function specialised(tokens: Tokens, words: readonly string[], end: number, noun: string, index: RoleNameIndex): { name: RoleName; last: number } | null {
  const sep = nextWord(tokens, end, true);
  if (sep < 0 || tokens.kind[sep] === TokenKind.Word) return null;
  const at: number[] = [];
  for (let k = nextWord(tokens, sep, false); k >= 0 && at.length < SPECIALISATION_WORDS; k = nextWord(tokens, k, false)) at.push(k);
  const group = at.length > 0 ? index.byFirst.get(words[at[0]!]!) : undefined;
  if (!group) return null;
  // Longest first: "Computer Vision" before "Computer".
  for (let n = at.length; n >= 1; n--) {
    const want = [...at.slice(0, n).map((k) => words[k]!), noun];
    const list = group.bySecond.get(want[1]!) ?? group.other;
    const found = list.find((x) => x.weight === 1 && x.words.length === want.length && x.words.every((w, k) => w === want[k]));
    if (found) return { name: found, last: at[n - 1]! };
  }
  return null;
}
