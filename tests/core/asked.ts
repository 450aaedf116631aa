import { getBundledEngine } from '../../src/core/bundled';
import type { Importance } from '../../src/core/types';

const engine = getBundledEngine();
const analyze = (text: string, title: string) => engine.analyze({ title, text, source: 'test' }, []);

/** What the posting asks for, by skill id, with how much (skills only mentioned left out). */
export const asks = (text: string, title = 'Machine Learning Engineer'): Map<string, Importance> =>
  new Map(analyze(text, title).skills.filter((s) => s.importance !== 'mentioned').map((s) => [s.id, s.importance]));

/** The ids the gap lists missing for a user with no skills: required, then preferred, then (with `soft`) soft skills. */
export function listed(text: string, { title = 'Machine Learning Engineer', soft = false }: { title?: string; soft?: boolean } = {}): string[] {
  const gap = analyze(text, title).gap;
  return [...gap.missingRequired, ...gap.missingPreferred, ...(soft ? (gap.missingSoft ?? []) : [])].map((s) => s.id);
}
