import type { SettingsRepo } from '../repos';
import { createStore } from '../store';

export interface HighlightsModel {
  /** In-page highlights coloured by status (the page can then read which skills the user has). */
  colourHighlights: boolean;
}

/** The opt-in for coloured highlights in the page. */
export function createHighlightsStore(settings: SettingsRepo) {
  const store = createStore<HighlightsModel>({ colourHighlights: false });
  return {
    store,
    async setColourHighlights(on: boolean): Promise<void> {
      store.patch({ colourHighlights: on });
      await settings.set({ colourHighlights: on });
    },
    async start(): Promise<void> {
      const saved = await settings.get().catch(() => null);
      if (saved) store.patch({ colourHighlights: saved.colourHighlights });
    },
  };
}
