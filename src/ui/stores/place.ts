import type { SkillPlaceRepo } from '../repos';
import { createStore } from '../store';
import { errorText, type StatusMessage } from './skill-list';

export interface PlaceModel {
  /** This browser keeps the skill list to itself instead of syncing it. */
  keepOnDevice: boolean;
  /** A copy of the list is in browser sync. */
  syncedCopy: boolean;
  placeMessage: StatusMessage | null;
}

/** Where the list is kept: synced through the browser, or in this browser only. */
export function createPlaceStore(place: SkillPlaceRepo) {
  const store = createStore<PlaceModel>({ keepOnDevice: false, syncedCopy: false, placeMessage: null });
  const fail = (err: unknown) => store.patch({ placeMessage: { tone: 'error', text: errorText(err) } });
  return {
    store,
    async setKeepOnDevice(on: boolean): Promise<void> {
      try {
        await place.setKeepOnThisDevice(on);
        store.patch({
          keepOnDevice: on,
          syncedCopy: await place.hasSyncedCopy(),
          placeMessage: { tone: 'ok', text: on ? 'Your list now stays in this browser.' : 'Your list syncs through your browser again.' },
        });
      } catch (err) {
        fail(err);
      }
    },
    async deleteSyncedCopy(): Promise<void> {
      try {
        await place.deleteSyncedCopy();
        store.patch({ syncedCopy: false, placeMessage: { tone: 'ok', text: 'The copy in browser sync is deleted. This browser keeps its list.' } });
      } catch (err) {
        fail(err);
      }
    },
    async start(): Promise<void> {
      store.patch({ keepOnDevice: await place.keepOnThisDevice(), syncedCopy: await place.hasSyncedCopy() });
    },
  };
}
