import type { Role } from './schema';
import { TokenKind, type Tokens } from './tokenize';

/**
 * Where the text names a role: "As a Machine Learning Engineer, you will…", "We're hiring a
 * Data Engineer". Postings name their own role far more often than any other, so this works
 * from the text alone. Only singular forms count: "work with data scientists" names
 * colleagues, not the job.
 */
/** Abbreviations spelled out (a Map: page words such as "constructor" must not reach Object's keys). */
const SPELLED_OUT = new Map<string, readonly string[]>([
  ['ml', ['machine', 'learning']],
  ['ai', ['artificial', 'intelligence']],
  ['nlp', ['natural', 'language', 'processing']],
  ['swe', ['software', 'engineer']],
  ['sre', ['site', 'reliability', 'engineer']],
  ['bi', ['business', 'intelligence']],
  ['mlops', ['machine', 'learning', 'ops']],
  ['devops', ['dev', 'ops']],
  ['genai', ['generative', 'artificial', 'intelligence']],
  ['fullstack', ['full', 'stack']],
  ['frontend', ['front', 'end']],
  ['backend', ['back', 'end']],
  ['developer', ['engineer']],
]);

function pushExpanded(out: string[], w: string): void {
  const e = SPELLED_OUT.get(w);
  if (!e) out.push(w);
  else for (const x of e) out.push(x);
}

function expand(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) pushExpanded(out, w);
  return out;
}

/** Seniority words say nothing of which role it is, except for the roles defined by them. */
const SENIORITY = new Set(['senior', 'sr', 'junior', 'jr', 'associate', 'intern', 'ii', 'iii', 'iv', 'i']);

export interface RoleNameIndex {
  /** First word → the names that start with it, longest first, as written in text (abbreviations included). */
  byFirst: Map<string, Array<{ words: string[]; role: number }>>;
}

/**
 * A name as the text may write it: each spelled-out abbreviation may also appear short
 * ("machine learning engineer" is also "ml engineer", "mlops engineer" is "machine learning ops
 * engineer"), so the text's own tokens can be matched without expanding them.
 */
function writtenForms(words: readonly string[]): string[][] {
  const forms = new Map<string, string[]>([[words.join(' '), [...words]]]);
  const queue = [[...words]];
  while (queue.length > 0 && forms.size < 64) {
    const form = queue.shift()!;
    for (const [short, long] of SPELLED_OUT) {
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

export function indexRoleNames(roles: readonly Role[]): RoleNameIndex {
  const byFirst = new Map<string, Array<{ words: string[]; role: number }>>();
  const seen = new Set<string>();
  roles.forEach((role, r) => {
    for (const name of [role.title, ...role.titleAliases]) {
      const raw = name.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];
      const words = expand(raw.filter((w) => !SENIORITY.has(w)));
      // Two words at least: "Engineer" or "Scientist" alone names no particular role.
      if (words.length < 2 || seen.has(words.join(' '))) continue;
      seen.add(words.join(' '));
      for (const form of writtenForms(words)) {
        const list = byFirst.get(form[0]!) ?? [];
        list.push({ words: form, role: r });
        byFirst.set(form[0]!, list);
      }
    }
  });
  // Longest first, counted in expanded words, so "staff machine learning engineer" beats
  // "machine learning engineer" however either is written.
  const spelled = (w: readonly string[]) => expand(w).length;
  for (const list of byFirst.values()) list.sort((a, b) => spelled(b.words) - spelled(a.words));
  return { byFirst };
}

/** The next word token after i within the same phrase (a hyphen or slash may join: "AI/ML"), or -1. */
function nextWord(tokens: Tokens, i: number): number {
  for (let j = i + 1; j < tokens.count; j++) {
    if (tokens.kind[j] === TokenKind.Word) return j;
    const p = tokens.lower[j]!;
    if (p !== '-' && p !== '/') return -1;
  }
  return -1;
}

/** How often the text names each role (by role index), longest name winning where names overlap. */
export function countRoleNames(tokens: Tokens, index: RoleNameIndex, roleCount: number): Float64Array {
  const counts = new Float64Array(roleCount);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    const candidates = index.byFirst.get(tokens.lower[i]!);
    if (!candidates) continue;
    for (const c of candidates) {
      let j = i;
      let ok = true;
      for (let k = 1; k < c.words.length; k++) {
        j = nextWord(tokens, j);
        if (j < 0 || tokens.lower[j] !== c.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        counts[c.role]! += 1;
        i = j;
        break;
      }
    }
  }
  return counts;
}
