/**
 * The text just analysed, lower-cased once: the cue scan of the sections and the years finder
 * both read it, through this one-entry memo rather than a parameter threaded through.
 */

let lastText: string | null = null;
let lastLower = '';

/** The text lower-cased, remembered for the last text asked about. */
export function lowerOf(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}

/** A pattern's source with its letters lower-cased but not its escapes (\S is not \s). */
export const lowerSource = (r: RegExp) => r.source.replace(/\\.|[A-Z]/g, (x) => (x.length === 2 ? x : x.toLowerCase()));
