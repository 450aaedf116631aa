import { JOB_NOUN_LIST } from './role-nouns';
import { TokenKind, type Tokens } from './tokenize';

/**
 * A job noun run into the next line's first word, read alone, so the role-name finder
 * (role-names.ts) sees the name: scraped postings lose their line breaks. Skills glued so are
 * read elsewhere (glued-words.ts).
 */

/** The job nouns, capitalised or not, as a glued word starts with them (see ungluedNouns). */
const GLUED_NOUN = new RegExp(`(?:${JOB_NOUN_LIST.map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})s?(?=\\p{Lu}\\p{Ll})`, 'uy');

/**
 * The tokens' lower-case words, with a job noun glued to the next line's first word read alone:
 * scraped postings lose their line breaks ("Role: AI/ML Data ScientistLocations: Atlanta", "We
 * are hiring a Principal Machine Learning EngineerFull time position").
 */
export function ungluedNouns(tokens: Tokens): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.count; i++) {
    // The shortest noun and a glued word of two letters at least.
    if (tokens.kind[i] !== TokenKind.Word || tokens.end[i]! - tokens.start[i]! < 6) continue;
    GLUED_NOUN.lastIndex = tokens.start[i]!;
    const m = GLUED_NOUN.exec(tokens.text);
    if (m === null || tokens.start[i]! + m[0].length >= tokens.end[i]!) continue;
    out ??= tokens.lower.slice();
    out[i] = m[0].toLowerCase();
  }
  return out ?? tokens.lower;
}
