import { abbreviations } from './lexicon/abbreviations';

/**
 * How a role's name may be spelled: with its abbreviations written out ("ML Engineer" is a
 * machine learning engineer, "SDE" a software development engineer) or short. Role names are
 * indexed spelled out and in every written form (role-name-index.ts).
 */

/** Abbreviations spelled out as texts write them (lexicon/abbreviations.ts), and a developer is an engineer. */
const SPELLED_OUT = new Map<string, readonly string[]>([
  ...abbreviations(),
  ['developer', ['engineer']],
]);

function pushExpanded(out: string[], w: string): void {
  const e = SPELLED_OUT.get(w);
  if (!e) out.push(w);
  else for (const x of e) out.push(x);
}

/** The words with each abbreviation spelled out: "ml engineer" → "machine learning engineer". */
export function expand(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) pushExpanded(out, w);
  return out;
}

/** The first words of SPELLED_OUT's long forms: a name with none of them is written only one way. */
const LONG_FIRSTS: ReadonlySet<string> = new Set([...SPELLED_OUT.values()].map((long) => long[0]!));

/**
 * A name as the text may write it: each spelled-out abbreviation may also appear short
 * ("machine learning engineer" is also "ml engineer", "mlops engineer" is "machine learning ops
 * engineer"), so the text's own tokens can be matched without expanding them.
 */
export function writtenForms(words: readonly string[]): string[][] {
  // Most names spell out no abbreviation: one look per word instead of the loop below.
  if (!words.some((w) => LONG_FIRSTS.has(w))) return [[...words]];
  const forms = new Map<string, string[]>([[words.join(' '), [...words]]]);
  const queue = [[...words]];
  while (queue.length > 0 && forms.size < 64) {
    const form = queue.shift()!;
    for (const [short, long] of SPELLED_OUT) {
      if (!form.includes(long[0]!)) continue;
      for (let i = 0; i + long.length <= form.length; i++) {
        if (!long.every((w, k) => form[i + k] === w)) continue;
        const next = [...form.slice(0, i), short, ...form.slice(i + long.length)];
        const key = next.join(' ');
        if (!forms.has(key)) {
          forms.set(key, next);
          queue.push(next);
        }
      }
    }
  }
  return [...forms.values()];
}

/** How many words a name has with its abbreviations spelled out (expand(words).length). */
export function expandedLength(words: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) n += SPELLED_OUT.get(words[i]!)?.length ?? 1;
  return n;
}
