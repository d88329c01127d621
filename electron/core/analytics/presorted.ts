/**
 * Sorting after a write, when only a few clients moved (issue 18): each kind of list remembers the
 * order of its last sort (client ids), and the next sort starts from it. V8's sort (TimSort) runs
 * through presorted stretches in linear time, so re-sorting 10,000 clients costs about one pass
 * instead of n log n comparisons. The result does not depend on the start: every comparison used
 * here is a total order (ties broken by client id). A start from another workspace, or from no
 * sort at all, only makes the sort as slow as a plain one.
 */
const lastOrder = new Map<string, number[]>();

export function sortFromLast<T>(
  kind: string,
  items: readonly T[],
  idOf: (x: T) => number,
  compare: (a: T, b: T) => number,
): T[] {
  // Items by id in an array indexed by the id (client ids are small dense integers: a Map of
  // 10,000 entries built per sort cost more than the sort itself on a new day).
  const byId: (T | undefined)[] = [];
  const ids = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    const id = idOf(x);
    ids[i] = id;
    byId[id] = x;
  }
  const start: T[] = [];
  for (const id of lastOrder.get(kind) ?? []) {
    const x = byId[id];
    if (x === undefined) continue;
    start.push(x);
    byId[id] = undefined;
  }
  for (let i = 0; i < items.length; i++) {
    const id = ids[i]!;
    const x = byId[id];
    if (x === undefined) continue;
    start.push(x);
    byId[id] = undefined;
  }
  const sorted = start.sort(compare);
  lastOrder.set(kind, sorted.map(idOf));
  return sorted;
}
