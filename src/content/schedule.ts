/**
 * Debounce with a ceiling: runs `fn` once the calls have been quiet for `wait` ms, but at most
 * `maxWait` ms after the first call of a burst, so a page that never stops mutating (a ticking
 * clock, a carousel) still gets re-checked instead of starving the debounce.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export interface Debounced {
  (): void;
  /** Run now if a call is pending. */
  flush(): void;
  readonly pending: boolean;
  cancel(): void;
}

export function debounce(fn: () => void, wait: number, maxWait: number, timers: Timers): Debounced {
  let timer: number | undefined;
  let firstCall = 0;
  let pending = false;

  const fire = () => {
    timer = undefined;
    pending = false;
    fn();
  };

  const call = (() => {
    const now = timers.now();
    if (!pending) firstCall = now;
    pending = true;
    if (timer !== undefined) timers.clearTimeout(timer);
    const delay = Math.max(0, Math.min(wait, firstCall + maxWait - now));
    timer = timers.setTimeout(fire, delay);
  }) as Debounced;

  call.flush = () => {
    if (!pending) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    fire();
  };
  call.cancel = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    pending = false;
  };
  Object.defineProperty(call, 'pending', { get: () => pending });
  return call;
}
