/**
 * The relay's end of the core's channel: turns a renderer's call into a `call` message and its
 * answer back into a response, keeping the ids apart. No `electron` import (the port is given), so
 * tests drive it under plain Node against a forked core with the same messages.
 */
import type { Channel } from '@shared/host/channel';
import { hostRefusal } from '@shared/host/messages';
import { fromCoreMessage, type ToCoreMessage } from '@shared/host/protocol';
import type { ApiResponse } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import type { Logger } from '../common/log';

/** What a call carries besides its name and args: decided by main, never by the page. */
export interface RelayOptions {
  lang: Lang;
  /** The session main holds for the window. */
  sessionId?: string;
  /** Who is calling, for the sign-in rate limit. */
  client: string;
  /** A call made a session (sign-in) or ended it (null). */
  onSession?(sessionId: string | null): void;
}

/** Where the window's calls go: the core in its process, or a team server (team-link.ts). */
export interface CallTarget {
  call(name: string, args: unknown, options: RelayOptions): Promise<ApiResponse<unknown>>;
}

export interface CoreLink extends CallTarget {
  /** Resolves when the workspace is open; rejects with the core's message when it could not be. */
  readonly ready: Promise<void>;
  /** Round trip to the core's process, in milliseconds. */
  ping(): Promise<number>;
  /** Close the workspace cleanly (WAL checkpoint); resolves when the core says it is closed. */
  close(timeoutMs?: number): Promise<void>;
  /** The process is gone: every waiting call is answered `internal`, later calls too. */
  stopped(reason: string): void;
  /** A fatal message after start (the background integrity check found damage). */
  onFatal(listener: (message: string) => void): void;
  /** The live change feed, relayed to the window. */
  onChange(listener: (event: unknown) => void): void;
}

interface Waiting {
  resolve(message: unknown): void;
  lang: Lang;
}

export function createCoreLink(channel: Channel, log: Logger): CoreLink {
  let nextId = 1;
  let gone: string | null = null;
  const waiting = new Map<number, Waiting>();
  const fatalListeners: ((message: string) => void)[] = [];
  const changeListeners: ((event: unknown) => void)[] = [];
  let closedResolve: (() => void) | null = null;
  let readyResolve!: () => void;
  let readyReject!: (e: Error) => void;
  let isReady = false;
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  // Nobody may be listening yet; the rejection is still delivered to whoever awaits `ready`.
  ready.catch(() => undefined);

  channel.onMessage((raw) => {
    const parsed = fromCoreMessage.safeParse(raw);
    if (!parsed.success) {
      log.error('refused a malformed message from the core', { issues: parsed.error.issues.slice(0, 5) });
      return;
    }
    const m = parsed.data;
    switch (m.type) {
      case 'ready':
        isReady = true;
        return readyResolve();
      case 'fatal':
        if (!isReady) return readyReject(new Error(m.message));
        return fatalListeners.forEach((l) => l(m.message));
      case 'result':
      case 'pong': {
        const w = waiting.get(m.id);
        if (!w) return log.error('an answer from the core for no call', { id: m.id });
        waiting.delete(m.id);
        return w.resolve(m);
      }
      case 'closed':
        return closedResolve?.();
      case 'change':
        return changeListeners.forEach((l) => l(m.event));
    }
  });

  function send(message: ToCoreMessage & { id: number }, lang: Lang): Promise<unknown> {
    return new Promise((resolve) => {
      waiting.set(message.id, { resolve, lang });
      try {
        channel.post(message);
      } catch (e) {
        waiting.delete(message.id);
        log.error('could not post to the core', e);
        resolve(null);
      }
    });
  }

  const stoppedResponse = (lang: Lang) => hostRefusal('internal', 'error.core_stopped', lang);

  return {
    ready,
    async call(name, args, options) {
      if (gone !== null) return stoppedResponse(options.lang);
      const id = nextId++;
      const answer = (await send(
        { type: 'call', id, name, args, session: options.sessionId, client: options.client, lang: options.lang },
        options.lang,
      )) as { type: 'result'; response: ApiResponse<unknown>; session?: string | null } | null;
      if (!answer || (answer as { type?: string }).type !== 'result') return stoppedResponse(options.lang);
      if (answer.session !== undefined) options.onSession?.(answer.session);
      return answer.response;
    },
    async ping() {
      const started = performance.now();
      await send({ type: 'ping', id: nextId++ }, 'en');
      return performance.now() - started;
    },
    close(timeoutMs = 10_000) {
      if (gone !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          log.error('the core did not confirm closing in time', { timeoutMs });
          resolve();
        }, timeoutMs);
        closedResolve = () => {
          clearTimeout(timer);
          resolve();
        };
        channel.post({ type: 'close' } satisfies ToCoreMessage);
      });
    },
    stopped(reason) {
      if (gone !== null) return;
      gone = reason;
      if (!isReady) readyReject(new Error(reason));
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.resolve({ type: 'result', response: stoppedResponse(w.lang) });
      }
      closedResolve?.();
    },
    onFatal: (listener) => void fatalListeners.push(listener),
    onChange: (listener) => void changeListeners.push(listener),
  };
}
