import type { Kysely } from 'kysely';
import { localToday } from '@shared/dates/local';
import type { Logger } from '../../common/log';
import type { Database } from '../db/schema';
import { warmAccountAnalytics } from './cache';

/**
 * The account analytics computed off the user's path (issue 18): once after start-up, when no call
 * is in flight (the host listens by then: the first check waits `firstDelayMs`), and again each time
 * the day turns — so the first analytics page of the day is a cached page, and the full load of a
 * fresh start is not paid by the first person who opens the screen.
 *
 * It never holds a request back: it waits while calls are in flight, and a request that arrives
 * first computes as it always did (the warm-up then finds the cache warm). A request arriving
 * while it runs shares its computation (analytics/cache.ts) rather than starting a second one.
 * A failure is logged and waits for the next day: the request path computes as without it.
 */
export interface AnalyticsWarmer {
  stop(): void;
  /** Resolves when the warm-up under way (if any) has ended (tests). */
  settled(): Promise<void>;
}

/** How often the day is looked at; the warm-up runs within this after midnight. */
const CHECK_MS = 60_000;
/** How soon to look again while calls are in flight. */
const BUSY_RETRY_MS = 250;

export function startAnalyticsWarmer(o: {
  /** The open connection (it changes after a restore). */
  db: () => Kysely<Database>;
  now: () => Date;
  log: Logger;
  /** True while a call is being answered. */
  busy: () => boolean;
  firstDelayMs?: number;
  checkMs?: number;
}): AnalyticsWarmer {
  let warmedFor: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref?.(); // never keeps a process alive
  };
  const tick = () => {
    const today = localToday(o.now());
    if (today === warmedFor) return schedule(o.checkMs ?? CHECK_MS);
    if (o.busy()) return schedule(BUSY_RETRY_MS);
    running = (async () => {
      try {
        await warmAccountAnalytics(o.db(), today);
      } catch (e) {
        if (!stopped) o.log.error('analytics warm-up failed', e);
      }
      warmedFor = today;
    })();
    void running.then(() => schedule(o.checkMs ?? CHECK_MS));
  };
  schedule(o.firstDelayMs ?? 1000);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    settled: () => running,
  };
}
