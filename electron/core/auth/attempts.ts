/**
 * Failed sign-in attempts, counted per user and per client in a sliding window. Past the limit the
 * next attempt is refused before the password is even checked, until the oldest failure leaves
 * the window. In memory: a restart forgets them, which only helps the owner of the machine.
 */
export interface AttemptLimits {
  windowMs: number;
  perUser: number;
  perClient: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { windowMs: 15 * 60_000, perUser: 5, perClient: 20 };

export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  waitMs(userKey: string, clientKey: string, now: number): number {
    const wait = (key: string, limit: number) => {
      const list = this.recent(key, now);
      return list.length >= limit ? list[list.length - limit]! + this.limits.windowMs - now : 0;
    };
    return Math.max(wait(`user:${userKey}`, this.limits.perUser), wait(`client:${clientKey}`, this.limits.perClient));
  }

  fail(userKey: string, clientKey: string, now: number): void {
    for (const key of [`user:${userKey}`, `client:${clientKey}`])
      this.failures.set(key, [...this.recent(key, now), now]);
  }

  /** A right password clears the user's count (not the client's: it may be guessing others). */
  succeed(userKey: string): void {
    this.failures.delete(`user:${userKey}`);
  }
}
