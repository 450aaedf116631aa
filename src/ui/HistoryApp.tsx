import { useEffect } from 'preact/hooks';
import { History } from './History';
import type { HistoryState } from './history-state';
import { useStore } from './store';

export interface Props {
  state: HistoryState;
  roles: ReadonlyArray<{ id: string; title: string }>;
}

/** Connects the history state to the page and loads on mount. */
export function HistoryApp({ state, roles }: Props) {
  const model = useStore(state.store);
  useEffect(() => {
    void state.start();
    return () => state.dispose();
  }, [state]);
  return <History model={model} actions={state.actions} roles={roles} />;
}
