import { abbreviations, TITLE_ABBREVIATION_LIST } from './lexicon/abbreviations';

/**
 * Job titles as sets of normalised words: abbreviations spelled out ("ML" → machine learning,
 * "Sr." → senior), noise dropped (levels, locations, team names after a dash or comma stay,
 * since "Software Engineer, Machine Learning" is an ML role).
 */
/**
 * Title words in one form: the lexicon's abbreviations, both those of any text and those only
 * titles use (lexicon/abbreviations.ts), then plurals and synonyms of job nouns. A Map, not an
 * object: title words such as "constructor" must not reach Object's own keys.
 */
const NORMAL: ReadonlyArray<[string, string[]]> = [
  ['eng', ['engineer']],
  ['engineering', ['engineer']],
  ['engineers', ['engineer']],
  ['scientists', ['scientist']],
  ['science', ['scientist']],
  ['developer', ['engineer']],
  ['dev', ['engineer']],
  ['programmer', ['engineer']],
  ['analytics', ['analyst']],
  ['analysts', ['analyst']],
  // Singular, as the title reader makes every plural: "MLOps" is "Machine Learning Operations".
  ['ops', ['operation']],
];
const ONE_WORD = new Map<string, string[]>(NORMAL);
/** An abbreviation's words in their title form too ("mlops" → machine learning operations). */
const EXPAND = new Map<string, string[]>([
  ...[...abbreviations(), ...abbreviations(TITLE_ABBREVIATION_LIST)].map(([short, long]): [string, string[]] => [short, long.flatMap((w) => ONE_WORD.get(w) ?? [w])]),
  // The one exception: DevOps stays one word. Its "dev" is development, while a title's "Dev"
  // is a developer (an engineer), and spelled out it would read as "engineer operations", the
  // words of "Platform Operations Engineer".
  ['devops', ['devops']],
  ...NORMAL,
]);

/** Words that only say how senior or where: they don't tell roles apart (the seniority feature does). */
const NOISE = new Set(
  'i ii iii iv v vi 1 2 3 4 5 l3 l4 l5 l6 l7 e3 e4 e5 e6 the of and for in at to a an with remote hybrid onsite on site us usa new grad graduate intern internship summer fall 2024 2025 2026 contract full time part level multiple levels all'.split(' '),
);

export function titleWords(title: string): string[] {
  const out: string[] = [];
  // match(), not matchAll(): no iterator and match object a word (a page's engine reads 1,000 role names as it starts).
  for (const w of title.toLowerCase().replace(/\(.*?\)/g, ' ').match(/[a-z0-9+#]+/g) ?? []) {
    if (NOISE.has(w)) continue;
    const expanded = EXPAND.get(w);
    if (expanded) out.push(...expanded);
    else out.push(w.endsWith('s') && w.length > 4 && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/**
 * How well a posting title (its distinct words) fits one of a role's titles (distinct words): all of the alias's words in the title
 * is a strong fit, the more so when the title says little else.
 */
export function titleFit(title: ReadonlySet<string>, alias: readonly string[]): number {
  if (alias.length === 0 || title.size === 0) return 0;
  let shared = 0;
  for (const w of alias) if (title.has(w)) shared++;
  const aliasCover = shared / alias.length;
  const titleCover = shared / title.size;
  // All of the alias in the title: the more of the title it explains, the better the fit
  // ("engineer" alone explains little of "Staff Machine Learning Engineer").
  if (aliasCover === 1) return 0.3 + 0.7 * titleCover;
  return 0.3 * aliasCover * titleCover;
}
