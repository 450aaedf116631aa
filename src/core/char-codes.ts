/**
 * Character tests on char codes, for the hand-written scans of the sentence splitter and the cue
 * scan: a code compared with ranges costs less than a regex on a one-character string.
 */

export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLower = (c: number) => c >= 97 && c <= 122;
export const isDigit = (c: number) => c >= 48 && c <= 57;
// U+202F too: one job site's scrape keeps its line breaks as narrow no-break spaces ("field.\u202f\u202f Demonstrated…").
export const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 160 || c === 0x202f;
/** What \b counts as a word character without the u flag. */
export const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Where the run of small letters that ends right before i starts (i itself when there is none). */
export function smallRunStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && isLower(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Three small letters or more before i make a whole word, not a name's tail ("DoorDash", "LinkedIn"). */
export function wordOfSmallLetters(text: string, i: number): boolean {
  const from = smallRunStart(text, i);
  return i - from >= 3 && !(from > 0 && isUpper(text.charCodeAt(from - 1)));
}
