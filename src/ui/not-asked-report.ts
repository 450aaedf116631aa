import type { Analysis } from '../core/types';
import { notAskedKey, type NotAsked } from '../storage/not-asked-model';
import type { PostingInfo } from './popup-state';

export interface NotAskedReport {
  fileName: string;
  text: string;
}

/** The words around a mention, up to the sentence's ends (or 160 characters each side). */
function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/) + 1);
  const after = text.slice(end, end + 160);
  const stop = after.search(/[\n.!?]/);
  return (before.slice(cut > 0 ? cut : 0) + text.slice(start, end) + (stop >= 0 ? after.slice(0, stop + 1) : after)).replace(/\s+/g, ' ').trim();
}

/**
 * What the user marked as "not asked here" on this posting, with where each skill was read and
 * the posting's text: a JSON file the user saves and may send to the authors. Nothing is sent.
 */
export function notAskedReport(posting: PostingInfo, analysis: Analysis, marks: NotAsked, text: string | null, now: string): NotAskedReport {
  const key = notAskedKey(posting.url, posting.title);
  const here = new Set(marks.postings[key]?.skills ?? []);
  const never = new Set(marks.never);
  const skills = analysis.skills
    .filter((s) => here.has(s.id) || never.has(s.id))
    .map((s) => ({
      id: s.id,
      name: s.name,
      mark: here.has(s.id) ? 'not asked in this posting' : 'never show',
      importance: s.importance,
      ...(s.anyOf ? { anyOf: s.anyOf } : {}),
      readIn: text === null ? [] : [...new Set(s.mentions.map((m) => context(text, m.start, m.end)))].slice(0, 5),
    }));
  const body = {
    format: 'role-lens-not-asked-report',
    version: 1,
    savedAt: now,
    posting: { title: posting.title ?? analysis.title ?? null, company: posting.company ?? null, url: posting.url ?? null },
    notAsked: skills,
    text,
  };
  const slug = (posting.title ?? analysis.title ?? 'posting').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'posting';
  return { fileName: `role-lens-not-asked-${slug}.json`, text: JSON.stringify(body, null, 2) + '\n' };
}
