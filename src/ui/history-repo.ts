import type { HistoryEntry, GapOf } from '../storage/history-entry';
import * as history from '../storage/history';

/** What the history page needs from storage; tests pass an in-memory one. */
export interface HistoryRepo {
  get(): Promise<HistoryEntry[]>;
  watch(cb: (list: HistoryEntry[]) => void): () => void;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
  rescore(gapOf: GapOf): Promise<HistoryEntry[]>;
  isOn(): Promise<boolean>;
  setOn(on: boolean): Promise<void>;
}

export const storageHistoryRepo: HistoryRepo = {
  get: history.getHistory,
  watch: history.watchHistory,
  remove: history.deleteHistoryEntry,
  clear: history.clearHistory,
  rescore: history.rescoreHistory,
  isOn: history.getHistoryOn,
  setOn: history.setHistoryOn,
};
