import type { Analysis, UserSkill } from '../core/types';
import type { HighlightStatus } from '../page/highlight-style';

/**
 * How each skill of an analysis is shown in the page: have, missing required, missing preferred,
 * or only mentioned. Skills found in the page but not in the analysis are "mentioned".
 */
export function statusMap(analysis: Analysis, userSkills: readonly UserSkill[]): Map<string, HighlightStatus> {
  const out = new Map<string, HighlightStatus>();
  for (const s of analysis.skills) out.set(s.id, 'mentioned');
  for (const s of analysis.gap.missingPreferred) out.set(s.id, 'missing-preferred');
  for (const s of analysis.gap.missingRequired) out.set(s.id, 'missing-required');
  // The popup lists these apart from the missing ones; the hover label says the same.
  for (const s of analysis.gap.related) out.set(s.id, 'related');
  for (const s of analysis.gap.probablyCovered ?? []) out.set(s.id, 'covered');
  const have = new Set(userSkills.map((s) => s.id));
  for (const s of analysis.skills) if (have.has(s.id)) out.set(s.id, 'have');
  for (const s of analysis.gap.matched) out.set(s.id, 'have');
  return out;
}

/** A short stable fingerprint (FNV-1a, 32 bits) to tell whether a posting's text changed. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/**
 * `textHash` of the words that matter: digits are one class ("Posted 3 minutes ago", a live
 * applicant count, a countdown), so a ticking number is not a new posting to analyse.
 */
export function meaningHash(text: string): string {
  return textHash(text.replace(/\d+/g, '0'));
}
