/**
 * A word's first `end` code units folded into 32 bits: `end` hashes a plural's singular ("apis" →
 * "api") without slicing it off. The word filters and the alias trie's token table share it.
 */
export function foldWord(word: string, end: number): number {
  let h = 0;
  for (let i = 0; i < end; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The bit a folded word sets in a filter of `mask + 1` bits (a power of two). */
export const filterBit = (h: number, mask: number): number => (Math.imul(h, 0x9e3779b1) >>> 16) & mask;

/**
 * A bit filter of a word list: a clear bit says a word is not in the list, with no string
 * look-up. Most of a posting's words are in none of the matcher's lists, and a Set or Map
 * look-up of each, done cold by every pass over the tokens, costs more than hashing the word's
 * few letters into one bit of a small table. A set bit may be another word's: the list decides.
 */
export class WordFilter {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  /** About 16 bits a word (at most one word in 16 not in the list gets through), 256 at least. */
  constructor(words: Iterable<string>) {
    const list = [...words];
    let size = 256;
    while (size < list.length * 16) size *= 2;
    this.bits = new Uint8Array(size >> 3);
    this.mask = size - 1;
    for (const w of list) {
      const h = this.slot(w, w.length);
      this.bits[h >> 3]! |= 1 << (h & 7);
    }
  }

  private slot(word: string, end: number): number {
    return filterBit(foldWord(word, end), this.mask);
  }

  /** False when the first `end` code units of `word` (all of it by default) are no word of the list. */
  mayHave(word: string, end = word.length): boolean {
    const h = this.slot(word, end);
    return (this.bits[h >> 3]! & (1 << (h & 7))) !== 0;
  }
}
