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
      const entries = store.get().quarantine;
      const fileName = `role-lens-set-aside-${io.now().toISOString().slice(0, 10)}.json`;
      const original = repo.original;
      if (!original || !entries.some((e) => e.inPlace)) {
        io.download(fileName, JSON.stringify(entries, null, 2) + '\n');
        return;
      }
      // Data too large to copy aside is still where it was found: the download carries it whole.
      void Promise.all(entries.map(async (e) => (e.inPlace ? { ...e, original: await original(e).catch(() => undefined) } : e))).then((full) =>
        io.download(fileName, JSON.stringify(full, null, 2) + '\n'),
      );
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
