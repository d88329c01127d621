/**
 * When browser mode loads its core (issue 18, cold start). Loading it — compiling and evaluating
 * the core's code, opening the workspace — holds the server's one thread for a few hundred
 * milliseconds, and a page file asked for meanwhile waits behind it: measured, the HTML of a
 * browser already waiting came ~360 ms after its request. So the core loads when it is first
 * needed — an API call or the live-refresh stream — or once the server has been idle for
 * `idleMs` (no browser yet: the integrity check and the daily backup still start promptly). The
 * browser then has the page's files while the core loads, and parses them meanwhile.
 */
export interface CoreOnDemand<C> {
  /** The core, once loaded (its failure is the host's to report). */
  readonly core: Promise<C>;
  /** A request needs the core: load it now if it is not loading yet. */
  need(): void;
  /** A request was answered without it: wait another `idleMs` of quiet before loading it. */
  activity(): void;
  /** Whether loading has begun (a host stopping before then has no core to close). */
  started(): boolean;
}

export function coreOnDemand<C>(load: () => Promise<C>, idleMs: number): CoreOnDemand<C> {
  let begin!: (core: Promise<C>) => void;
  const core = new Promise<C>((resolve) => (begin = resolve));
  let begun = false;
  let timer: NodeJS.Timeout | undefined;
  const need = () => {
    if (begun) return;
    begun = true;
    clearTimeout(timer);
    begin(load());
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(need, idleMs);
    timer.unref?.();
  };
  arm();
  return {
    core,
    need,
    activity: () => {
      if (!begun) arm();
    },
    started: () => begun,
  };
}
