import { useEffect } from 'preact/hooks';
import { Popup } from './Popup';
import type { PopupState } from './popup-state';
import { useStore } from './store';

export interface Props {
  state: PopupState;
}

/** Connects the popup state to the view and starts loading on mount. */
export function PopupApp({ state }: Props) {
  const model = useStore(state.store);
  useEffect(() => {
    void state.start().catch((err: unknown) => {
      state.store.patch({ view: { kind: 'error', message: err instanceof Error ? err.message : String(err) } });
    });
    return () => state.dispose();
  }, [state]);
  return <Popup model={model} actions={state.actions} />;
}
