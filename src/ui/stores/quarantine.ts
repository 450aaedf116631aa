import type { QuarantineEntry } from '../../storage/schema';
import type { QuarantineRepo } from '../repos';
import { createStore } from '../store';

export interface QuarantineModel {
  quarantine: QuarantineEntry[];
}

/** Stored data that could not be read and was set aside: shown, downloadable, dismissable. */
export function createQuarantineStore(repo: QuarantineRepo, io: { download(fileName: string, text: string): void; now: () => Date }) {
  const store = createStore<QuarantineModel>({ quarantine: [] });
  const cleanups: Array<() => void> = [];
  return {
    store,
    downloadQuarantine(): void {
      io.download(`role-lens-set-aside-${io.now().toISOString().slice(0, 10)}.json`, JSON.stringify(store.get().quarantine, null, 2) + '\n');
    },
    async dismissQuarantine(): Promise<void> {
      await repo.clear();
      store.patch({ quarantine: [] });
    },
    async start(): Promise<void> {
      cleanups.push(repo.watch((quarantine) => store.patch({ quarantine })));
      // Unreadable set-aside data must not hide the rest of the page.
      const quarantine = await repo.get().catch(() => null);
      if (quarantine) store.patch({ quarantine });
    },
    dispose() {
      for (const c of cleanups.splice(0)) c();
    },
  };
}
