import type * as ChangeFeed from '@shared/live/changes';
import type { ChangeEvent, LiveMessage } from '@shared/live/changes';
import { backoffMs } from '@shared/live/backoff';
import { getToken } from './token';

type ChangeSchemas = typeof ChangeFeed;

/**
 * Every message is validated with the feed's zod schemas, loaded after the window's first paint
 * rather than with the entry: the subscription starts with the app, and zod before Home's first
 * paint cost ~60 kB of JS there (issue 18); loading it at once still put ~90 kB of parsing right
 * after that paint, when the page should answer its first click. So: when the window is first
 * idle (at most two seconds on), or at once when a message needs them, whichever comes first.
 * Messages that come before the schemas wait for them, in order.
 */
function withSchemas(): (use: (schemas: ChangeSchemas) => void) => void {
  let schemas: ChangeSchemas | null = null;
  let loading = false;
  const waiting: ((schemas: ChangeSchemas) => void)[] = [];
  const load = () => {
    if (loading) return;
    loading = true;
    void import('@shared/live/changes').then((loaded) => {
      schemas = loaded;
      for (const use of waiting.splice(0)) use(loaded);
    });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 0);
  return (use) => {
    if (schemas) return use(schemas);
    waiting.push(use);
    load();
  };
}

/**
 * The change feed in the renderer: one subscription per window, whatever the host. Browser mode
 * reads the server's `GET /api/events` with an EventSource (reconnecting with backoff); inside
 * Electron the main process relays the same messages when its preload offers
 * `workbench.subscribeChanges` (the bridge's optional hook; without it there is no feed, and the
 * screens refresh on their own writes as before).
 */
export interface LiveHandlers {
  change(event: ChangeEvent): void;
  /** Connected now (true), or lost (false). After a loss the first `true` means "resync": events may have been missed. */
  status(connected: boolean): void;
}

/** What the Electron preload may expose for the relay (electron/preload): messages as in shared/live. */
export type ChangesBridge = (listener: (message: LiveMessage) => void) => () => void;

function viaBridge(bridge: ChangesBridge, on: LiveHandlers): () => void {
  const validated = withSchemas();
  return bridge((raw) =>
    validated(({ liveMessageSchema }) => {
      const message = liveMessageSchema.safeParse(raw);
      if (!message.success) return;
      if (message.data.type === 'change') on.change(message.data.event);
      else on.status(message.data.connected);
    }),
  );
}

function viaEventSource(on: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let stopped = false;
  const validated = withSchemas();

  const connect = () => {
    const token = getToken();
    source = new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`, { withCredentials: true });
    source.addEventListener('ready', () => {
      attempt = 0;
      on.status(true);
    });
    source.addEventListener('change', (message: MessageEvent) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      validated(({ parseChangeEvent }) => {
        const event = parseChangeEvent(data);
        if (event) on.change(event);
      });
    });
    // EventSource would retry on its own at a fixed pace (and not at all after a 401): close it and
    // come back with backoff instead.
    source.onerror = () => {
      source?.close();
      source = null;
      if (stopped) return;
      on.status(false);
      retry = setTimeout(connect, backoffMs(attempt++));
    };
  };

  connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    source?.close();
  };
}

/** Subscribe this window to the change feed; the function returned unsubscribes. */
export function subscribeChanges(on: LiveHandlers): () => void {
  const bridge = window.workbench?.subscribeChanges;
  if (window.workbench) return bridge ? viaBridge(bridge, on) : () => {};
  if (typeof EventSource === 'undefined') return () => {};
  return viaEventSource(on);
}
