import { useEffect } from 'preact/hooks';
import { Options } from './Options';
import type { OptionsState } from './options-state';
import { useStore } from './store';

export interface Props {
  state: OptionsState;
}

/** Connects the options state to the page and loads on mount. */
export function OptionsApp({ state }: Props) {
  const model = useStore(state.store);
  useEffect(() => {
    void state.start();
    return () => state.dispose();
  }, [state]);
  return <Options model={model} actions={state.actions} />;
}
