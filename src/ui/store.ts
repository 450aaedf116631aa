import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * A tiny observable value: the state of the popup and the options page lives in one store each,
 * built by a `create…State()` factory, so components render from plain data in tests.
 */
export interface Store<T> {
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  /** Merges a partial object into the state (object states only). */
  patch(partial: Partial<T>): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T | ((prev: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
    if (resolved === value) return;
    value = resolved;
    for (const l of [...listeners]) l(value);
  };
  return {
    get: () => value,
    set,
    patch: (partial) => set((prev) => ({ ...prev, ...partial })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The store's current value; re-renders the component when it changes. Subscribed as the first
 * render is committed (a layout effect): a plain effect waits for the first frame, or 35 ms when
 * none comes, and a value that arrived meanwhile (the popup's result) waited with it.
 */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useLayoutEffect(() => {
    setValue(store.get()); // it may have changed between render and subscribe
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
