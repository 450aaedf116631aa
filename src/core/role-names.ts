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
  /** First word → the names that start with it, longest first. */
  byFirst: Map<string, Array<{ words: string[]; role: number }>>;
}

export function indexRoleNames(roles: readonly Role[]): RoleNameIndex {
  const byFirst = new Map<string, Array<{ words: string[]; role: number }>>();
  const seen = new Set<string>();
  roles.forEach((role, r) => {
    for (const name of [role.title, ...role.titleAliases]) {
      const raw = name.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];
      const words = expand(raw.filter((w) => !SENIORITY.has(w)));
      const key = words.join(' ');
      // Two words at least: "Engineer" or "Scientist" alone names no particular role.
      if (words.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, role: r });
      byFirst.set(words[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** How often the text names each role (by role index), longest name winning where names overlap. */
export function countRoleNames(tokens: Tokens, index: RoleNameIndex, roleCount: number): Float64Array {
  const words: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) {
      // Sentence punctuation breaks a name; a hyphen or slash inside one ("AI/ML") doesn't.
      const p = tokens.lower[i]!;
      if (p !== '-' && p !== '/') words.push('');
      continue;
    }
    pushExpanded(words, tokens.lower[i]!);
  }
  const counts = new Float64Array(roleCount);
  for (let i = 0; i < words.length; i++) {
    const candidates = index.byFirst.get(words[i]!);
    if (!candidates) continue;
    for (const c of candidates) {
      let ok = true;
      for (let k = 1; k < c.words.length; k++) {
        if (words[i + k] !== c.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        counts[c.role]! += 1;
        i += c.words.length - 1;
        break;
      }
    }
  }
  return counts;
}
