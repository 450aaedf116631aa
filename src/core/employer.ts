import type { Sentence } from './sections';

/**
 * The employer as the posting names itself, when the page gave no company: "At Hugging Face,
 * we're on a journey…", "About Meta:", "Moloco is an equal opportunity employer". Found from a
 * few fixed words with indexOf (no pattern over the whole text): postings name their employer
 * in these three ways far more often than in any other.
 */
export function employerNames(text: string): string[] {
  const names = new Set<string>();
  // "At Hugging Face, we…", "At Cerebras we have built…".
  for (let at = text.indexOf('At '); at >= 0; at = text.indexOf('At ', at + 3)) {
    if (at > 0 && /[\p{L}\d]/u.test(text[at - 1]!)) continue;
    const name = nameAt(text, at + 3);
    if (name && /^,?\s(?:we|our|we['’]re|we['’]ve)\b/.test(text.slice(at + 3 + name.length, at + 3 + name.length + 8))) names.add(name);
  }
  // "About Meta:" (a heading that may be glued to the text before it: "…and TFAbout Meta:").
  for (let at = text.indexOf('About '); at >= 0; at = text.indexOf('About ', at + 6)) {
    const name = nameAt(text, at + 6);
    if (name && text[at + 6 + name.length] === ':') names.add(name);
  }
  // "Tagup is an equal opportunity employer", at the start of a sentence.
  for (let at = text.indexOf(' is an equal opportunity'); at >= 0; at = text.indexOf(' is an equal opportunity', at + 10)) {
    const before = text.slice(Math.max(0, at - 60), at);
    const m = /[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$/.exec(before);
    // Glued to the text before ("BenefitsBask Health", "USDReddit", "Lowes.com.Lowe’s"): not a name to trust.
    const glued = m !== null && m.index > 0 && !/[\s.!?:]/.test(before[m.index - 1]!);
    if (m && !glued && !/[a-z][A-Z]|[A-Z]{2}[a-z]|\.[A-Z]/.test(m[0])) {
      const name = nameAt(m[0], 0);
      if (name === m[0]) names.add(name);
    }
  }
  return [...names];
}

/** Words that open a heading rather than a name: "About the Role:", "About Position:". */
const NOT_A_NAME = new Set(['The', 'This', 'Our', 'Us', 'You', 'Your', 'Position', 'Role', 'Job', 'Team', 'Company', 'Opportunity', 'Least']);

/** One to four capitalised words at `at` ("Hugging Face", "Snap Inc.", "Woven by Toyota"). */
function nameAt(text: string, at: number): string | null {
  const m = /^[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|by|of|&)){0,3}/.exec(text.slice(at, at + 60));
  if (!m) return null;
  // "by" and "of" join a name ("Woven by Toyota") but never end it; nor does a full stop ("Face.").
  const name = m[0].replace(/(?: (?:by|of|&))+$/, '').replace(/\.$/, (dot) => (/\b(?:Inc|Ltd|Co|Corp)\.$/.test(m[0]) ? dot : ''));
  const first = name.split(' ')[0]!;
  return NOT_A_NAME.has(first) || name.length < 2 ? null : name;
}

/** A short sentence: a list run together into one long line may hold the employer's name and the asks. */
const EMPLOYER_SENTENCE_MAX = 240;

/**
 * "Meta builds technologies that…", "Now, Meta is moving toward … virtual reality": a short
 * sentence whose subject is the employer is the company speaking of itself, whatever heading it
 * sits under, unless it speaks to the candidate ("Acme expects you to…").
 */
export function markEmployerSentences(text: string, sentences: Sentence[], names: readonly string[]): void {
  if (names.length === 0) return;
  for (const s of sentences) {
    if (s.kind === 'company' || s.end - s.start > EMPLOYER_SENTENCE_MAX) continue;
    // One opening word and a comma may come first: "Now, Meta is…", "Today, Acme serves…".
    let from = s.start;
    const lead = /^[A-Z][a-z]+, /.exec(text.slice(from, from + 16));
    if (lead) from += lead[0].length;
    const name = names.find((n) => text.startsWith(n, from) && /^\s[a-z]/.test(text.slice(from + n.length, from + n.length + 2)));
    if (name && !/\byou(?:r|'re|’re|'ll|’ll)?\b/i.test(text.slice(s.start, s.end))) s.kind = 'company';
  }
}
