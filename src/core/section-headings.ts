import { headingKind, isHeadingPhrase, runInHeadings } from './headings';
import type { SectionKind } from './types';

/**
 * Where a posting's sections start: its headings, run into the text (headings.ts), on a line of
 * their own ("What You'll Do") or leading one ("Requirements: 5+ years of…"), each with the kind
 * of section it announces; and the section a heading leaves the text in, which is not always the
 * one it names (a tech stack inside the requirements stays in them).
 */

/** A heading found in the text: where it stands, its words (colon and bullet left out) and the section it announces. */
export interface Heading {
  start: number;
  end: number;
  text: string;
  kind: SectionKind;
}

/** A line's bullet or number ("• ", "2. "), before its words. */
const BULLET_RE = /^[\s•·*▪◦●○■□–—>-]*(?:\d{1,2}[.)]\s+)?/;

/** A whole line that reads as a heading: its words, or null. */
function lineHeading(line: string): string | null {
  const bulleted = BULLET_RE.exec(line)![0].trim() !== '';
  const body = line.replace(BULLET_RE, '').trim();
  if (body.length === 0 || body.length > 70) return null;
  const words = body.split(/\s+/);
  if (body.endsWith(':')) return words.length <= 9 ? body.slice(0, -1) : null;
  // A heading asked as a question is one of the lexicon's phrases, whole: "What will you do?".
  if (body.endsWith('?')) return !bulleted && words.length <= 9 && isHeadingPhrase(body.slice(0, -1).trim()) ? body.slice(0, -1).trim() : null;
  // Without a colon, a heading is a short line that is not a list item and has no full stop:
  // "Experience with Spark and Airflow" under a bullet is a requirement, not a heading.
  if (bulleted || /[.!?;,]$/.test(body) || words.length > 6) return null;
  return body;
}

/** "Requirements: 5+ years of …" — a heading that opens its own line. */
function leadingHeading(line: string): { text: string; length: number } | null {
  const m = /^([^:]{3,45}):\s*\S/.exec(line.replace(BULLET_RE, ''));
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  return { text: m[1]!, length: m[0].length - 1 };
}

/** The posting's headings in text order: run-in ones (headings.ts) first, and a line that holds one is read no further; then whole lines and heads of lines. */
export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const taken: Array<[number, number]> = [];
  for (const h of runInHeadings(text)) {
    const kind = headingKind(h.text);
    if (kind) {
      headings.push({ start: h.start, end: h.start + h.text.length, text: h.text, kind });
      taken.push([h.start, h.start + h.text.length]);
    }
  }
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const overlaps = taken.some(([s, e]) => s < lineEnd && e > lineStart);
    if (!overlaps) {
      const whole = lineHeading(line);
      const kind = whole ? headingKind(whole) : null;
      if (whole && kind) {
        headings.push({ start: lineStart, end: lineEnd, text: whole, kind });
      } else {
        const lead = leadingHeading(line);
        const leadKind = lead ? headingKind(lead.text) : null;
        if (lead && leadKind) {
          const offset = line.length - line.replace(BULLET_RE, '').length;
          headings.push({ start: lineStart + offset, end: lineStart + offset + lead.length, text: lead.text, kind: leadKind });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings.sort((a, b) => a.start - b.start);
}

/**
 * "…previous workTech stack: Python, Go, PyTorch5+ years of experience with Python…": a stack named
 * inside the requirements is one of them; a stack the team calls its own ("Our stack:", "Tools We
 * Use") is the team's wherever it stands.
 */
export function sectionAfter(current: SectionKind, next: Heading): SectionKind {
  const inRequirements = current === 'required' || current === 'preferred';
  // Notes ("Additional Information") end the lists before them; after the pay or the perks they change nothing.
  if (next.kind === 'other') return inRequirements || current === 'responsibilities' ? 'other' : current;
  return next.kind === 'tools' && inRequirements && !TEAM_OWN.test(next.text) ? current : next.kind;
}
const TEAM_OWN = /\b(?:our|we|us)\b/i;
