import type { PageState } from '../messages';
import { recordPosting } from '../storage/history';

/**
 * The background keeps the posting history: every posting result a tab reports is recorded
 * (src/storage/history.ts decides whether the history is on). Scores follow the skill list on
 * the history page, which has the engine (the background stays without it).
 */
export async function recordHistory(state: PageState): Promise<void> {
  await recordPosting(state).catch((err: unknown) => console.warn('[role-lens] history not recorded', err));
}
