/**
 * Timing of whole async calls (milliseconds), several at once with their samples interleaved, so the
 * ratios between them are not skewed by the machine's load moving during the run.
 */
export interface Millis {
  p50: number;
  p95: number;
}

function stats(ms: number[]): Millis {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.ceil(s.length * 0.95) - 1]! };
}

/** Three warm-up rounds, then `samples` rounds of each function in turn. */
export async function timeTogether(fns: (() => Promise<unknown> | unknown)[], samples: number): Promise<Millis[]> {
  for (let i = 0; i < 3; i++) for (const fn of fns) await fn();
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < samples; i++)
    for (const [k, fn] of fns.entries()) {
      const t0 = process.hrtime.bigint();
      await fn();
      ms[k]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  return ms.map(stats);
}
