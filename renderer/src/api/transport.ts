import type { ApiResponse, CallName, ShellCallName } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import type { CallContext } from './context';
import type { ChangesBridge } from './live';
import { transportError } from './errors';
import type { PiecedBody } from './pieced-json';
import { forgetStream } from './sliced-json';
import { getToken } from './token';

/** A name of the core's contract or of the shell's (shared/contract/shell.ts). */
export type AnyCallName = CallName | ShellCallName;

/** What the Electron preload exposes through contextBridge: one function, nothing else. */
export interface WorkbenchBridge {
  call(name: AnyCallName, args: unknown, options: { lang: Lang }): Promise<ApiResponse<unknown>>;
  /** Live refresh relayed by the main process (optional until the relay is wired: no feed then). */
  subscribeChanges?: ChangesBridge;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export interface Transport {
  kind: 'electron' | 'http';
  /** `json`, when given, is `args` already serialized in pieces (see callSliced); HTTP posts it from a worker. */
  send(name: AnyCallName, args: unknown, context: CallContext, json?: PiecedBody): Promise<ApiResponse<unknown>>;
}

function electronTransport(bridge: WorkbenchBridge): Transport {
  return {
    kind: 'electron',
    // Who acts is the main process's business (it holds the window's session): only the language goes.
    async send(name, args, { lang }) {
      try {
        return await bridge.call(name, args, { lang });
      } catch {
        throw transportError('unreachable', lang);
      }
    },
  };
}

export function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

let poster: Worker | null = null;
let nextPost = 0;
const pending = new Map<number, (text: string | null) => void>();

/** A body already serialized, posted from a worker (post.worker.ts); the reply's text, or null when unreachable. */
function postFromWorker(url: string, headers: Record<string, string>, body: PiecedBody): Promise<string | null> {
  if (!poster) {
    poster = new Worker(new URL('./post.worker.ts', import.meta.url), { type: 'module' });
    poster.onmessage = (event: MessageEvent<{ id: number; text: string | null }>) => {
      pending.get(event.data.id)?.(event.data.text);
      pending.delete(event.data.id);
    };
  }
  const id = ++nextPost;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    poster!.postMessage({ id, url, headers, body });
  });
}

/** Browser mode: `POST /api/<name>` on the origin that served this page. */
function httpTransport(): Transport {
  return {
    kind: 'http',
    async send(name, args, { lang }, json) {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Workbench-Lang': lang,
        Authorization: `Bearer ${getToken() ?? ''}`,
      };
      const url = `/api/${encodeURIComponent(name)}`;
      if (json !== undefined) {
        const text = await postFromWorker(new URL(url, location.href).href, headers, json);
        if (text === null) {
          // Whatever went wrong, the next body starts over with every piece (the worker dropped its store too).
          forgetStream(json.stream);
          throw transportError('unreachable', lang);
        }
        let body: unknown = null;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: a bad response, below
        }
        if (!isApiResponse(body)) throw transportError('badResponse', lang);
        return body;
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(args ?? {}),
          // The launch token travels in the header; the session in an HttpOnly cookie this page
          // cannot read, sent to its own origin only (SameSite=Strict).
          credentials: 'same-origin',
          cache: 'no-store',
        });
      } catch {
        throw transportError('unreachable', lang);
      }
      // Refusals come as 4xx/5xx with the same envelope, so the body decides, not the status.
      const body: unknown = await response.json().catch(() => null);
      if (!isApiResponse(body)) throw transportError('badResponse', lang);
      return body;
    },
  };
}

let chosen: Transport | null = null;

/** Inside the Electron window the preload bridge exists; anywhere else we are in browser mode. */
export function getTransport(): Transport {
  if (!chosen) chosen = window.workbench?.call ? electronTransport(window.workbench) : httpTransport();
  return chosen;
}

/**
 * The team server marks its pages (`<meta name="workbench-server" content="team">`): there people
 * sign in with their password and no launch token is needed (until the workspace is claimed the
 * server refuses calls without its set-up token, and the page then says so as for browser mode).
 */
export function servedByTeamServer(): boolean {
  return document.querySelector('meta[name="workbench-server"]')?.getAttribute('content') === 'team';
}

/** Browser mode cannot call anything without the launch token. */
export function needsToken(): boolean {
  return getTransport().kind === 'http' && getToken() === null && !servedByTeamServer();
}
