/** 1 s, 2 s, 4 s … at most 30 s, each ±20 % so that many tabs do not return in one wave. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
  return Math.round(base * (0.8 + 0.4 * random()));
}
