import { isLower, isUpper, wordOfSmallLetters } from './char-codes';

/**
 * Legal notices in a posting: the words that tell one, and where a notice that a scrape glued to
 * the list before it starts, so that the list's last item is read as an item and the notice as
 * the company's.
 */

/**
 * The legal text of a posting (equal opportunity, accommodation, privacy, export control): its
 * sentences are the company's, whatever heading they stand under. Scanned with the other cues
 * (sentence-cues.ts).
 */
export const BOILERPLATE =
  /\b(equal (opportunity|employment)|without regard to|reasonable accommodation|e-verify|protected veteran|sexual orientation|privacy (polic(y|ies)|notice|statement|practices)|your privacy|fair chance|employees, supervisors,? and staff|arrest (and|or) conviction|criminal (history|background)|in compliance with (federal|state|local|applicable|all)|personal data|disclosure notice|application window|export control|(?:will|would) never (?:ask|request))\b/i;

/** How far before its legal cue a glued notice may start: "SQL-likeGerdau believes in equal employment opportunity". */
const GLUED_NOTICE_MAX = 120;

/**
 * Where a legal notice glued to the item before it starts: the last join, within a short way
 * before the cue, of a word and a capitalised one with no space ("…SQL language or
 * SQL-likeGerdau believes in equal employment opportunity", "Frameworks: OpenCV, MongoDB,
 * AWSBlacksignal Technologies, a Parsons company, is an equal opportunity employer"): scraping
 * lost the line break between a list's last item and the notice, and the item is no legal text.
 * Three small letters of a whole word before the capital, or three capitals (an acronym); -1 when none.
 */
export function gluedNoticeStart(text: string, start: number, cue: number): number {
  for (let i = cue - 1; i > start + 2 && i >= cue - GLUED_NOTICE_MAX; i--) {
    if (!isUpper(text.charCodeAt(i)) || !isLower(text.charCodeAt(i + 1))) continue;
    const p = text.charCodeAt(i - 1);
    if (isLower(p) ? wordOfSmallLetters(text, i) : isUpper(p) && isUpper(text.charCodeAt(i - 2)) && isUpper(text.charCodeAt(i - 3))) return i;
  }
  return spacedEmployerStart(text, start, cue);
}

/**
 * "…security clearance to be considered for this role Independent Software is an Equal
 * Opportunity Employer…": the notice's subject, the employer's capitalised name, after a small
 * word and one space where the full stop was lost. Where that name starts, or -1.
 */
const EMPLOYER_IS_BEFORE_NOTICE = /[a-z] ((?:[A-Z][\w&.'’-]*,? ){1,4})(?:is|are) (?:an? |proud to be an? )$/;
function spacedEmployerStart(text: string, start: number, cue: number): number {
  const from = Math.max(start, cue - 80);
  const m = EMPLOYER_IS_BEFORE_NOTICE.exec(text.slice(from, cue));
  return m ? from + m.index + 2 : -1;
}
