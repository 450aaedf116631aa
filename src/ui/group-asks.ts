import type { GapSkill } from '../core/types';

/** Missing skills with the members of one group of alternatives together, in the order listed. */
export function groupAsks<T extends GapSkill>(skills: readonly T[]): T[][] {
  const out: T[][] = [];
  const byGroup = new Map<string, T[]>();
  for (const s of skills) {
    if (!s.anyOf) {
      out.push([s]);
      continue;
    }
    const key = s.anyOf.join('|');
    const members = byGroup.get(key);
    if (members) members.push(s);
    else {
      const fresh = [s];
      byGroup.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}
