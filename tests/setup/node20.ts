/**
 * vitest 5's reporter calls Map.groupBy (Node 22+) when it prints a failure; on Node 20 it then
 * crashes and hides the failing assertion. A faithful polyfill keeps failures readable.
 */
const mapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}
