import { describe, expect, test } from 'vitest';
import { debounce, type Timers } from '../../src/content/schedule';

function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const api: Timers = {
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
    now: () => now,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { api, advance };
}

describe('debounce', () => {
  test('a burst of calls runs once, after the quiet period', () => {
    const t = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, 300, 1500, t.api);
    d();
    t.advance(100);
    d();
    t.advance(299);
    expect(runs).toBe(0);
    t.advance(1);
    expect(runs).toBe(1);
    t.advance(5000);
    expect(runs).toBe(1);
  });

  test('a page that never stops mutating is still re-checked every maxWait', () => {
    const t = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, 300, 1500, t.api);
    for (let i = 0; i < 60; i++) {
      d();
      t.advance(100);
    }
    expect(runs).toBe(4);
  });

  test('flush runs a pending call now; cancel drops it', () => {
    const t = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, 300, 1500, t.api);
    d();
    expect(d.pending).toBe(true);
    d.flush();
    expect(runs).toBe(1);
    expect(d.pending).toBe(false);
    d();
    d.cancel();
    t.advance(1000);
    expect(runs).toBe(1);
  });
});
