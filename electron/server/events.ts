import type { IncomingMessage, ServerResponse } from 'node:http';
import type { User } from '@shared/contract';
import type { ChangeEvent } from '@shared/live/changes';
import type { Core } from '../core';

/** The one GET under /api/: the change feed as server-sent events. */
export const EVENTS_PATH = '/api/events';

/**
 * Often enough that a proxy never sees the stream idle (most close after 60 s) and that a signed-out
 * or deactivated user's stream ends soon after; each beat re-checks the session without touching it.
 */
export const HEARTBEAT_MS = 15_000;

/** What the reconnecting page waits before its first retry (it backs off from there itself). */
const RETRY_MS = 2_000;

export interface EventsRequest {
  core: Core;
  sessionId: string | undefined;
  /** May a caller without a session act as the solo user (the host's admission says). */
  implicitIdentity: boolean;
  heartbeatMs?: number;
  /** Refuse as the API does (status, code, message). */
  refuse(status: number, code: string, key: 'error.sign_in_required' | 'error.events_method'): void;
}

/**
 * The token of an events request, when it comes as `?token=` (EventSource sends no headers) and no
 * `Authorization` header says otherwise; the host's access policy checks it as it checks the API's.
 */
export function eventsToken(req: IncomingMessage, url: URL): string | undefined {
  if (req.headers.authorization !== undefined) return undefined;
  const token = url.searchParams.get('token');
  return token ? token : undefined;
}

/**
 * Whether this user may learn of this change. Today every signed-in user — account leads, finance,
 * admins — works in the same workspace and may read every quote and proposal, so every change; a
 * rule per row (an account lead seeing only their clients) would go here, beside the reads' rule.
 */
export function maySee(_user: User, _event: ChangeEvent): boolean {
  return true;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /api/events`: every change a signed-in user may see, as it commits (on a team database, from
 * every server process), until the page goes away or the session ends. Events carry kinds, ids and
 * who — no content: the page refetches what it shows through its ordinary calls.
 */
export async function serveEvents(req: IncomingMessage, res: ServerResponse, o: EventsRequest): Promise<void> {
  if (req.method !== 'GET') return o.refuse(405, 'not_found', 'error.events_method');
  const user = await o.core.watcher({ sessionId: o.sessionId, implicitIdentity: o.implicitIdentity });
  if (!user) return o.refuse(401, 'sign_in_required', 'error.sign_in_required');

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // A reverse proxy (nginx) would otherwise hold events back in its buffer.
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  });
  res.write(`retry: ${RETRY_MS}\n\n`);
  res.write(frame('ready', { user: { id: user.id, name: user.name, role: user.role } }));

  let closed = false;
  const unsubscribe = o.core.changes.subscribe((event) => {
    if (!closed && maySee(user, event)) res.write(frame('change', event));
  });
  const end = () => {
    if (closed) return;
    closed = true;
    clearInterval(beat);
    unsubscribe();
    res.end();
  };
  const beat = setInterval(() => {
    void o.core.watcher({ sessionId: o.sessionId, implicitIdentity: o.implicitIdentity }).then(
      (now) => {
        // Signed out, expired, deactivated, or another role since: this stream was theirs, not the next one's.
        if (!now || now.id !== user.id || now.role !== user.role) end();
        else if (!closed) res.write(': beat\n\n');
      },
      () => end(),
    );
  }, o.heartbeatMs ?? HEARTBEAT_MS);
  req.on('close', end);
  res.on('error', end);
}
