import type { ApiResponse, CallName, ShellCallName } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import type { CallContext } from './context';
import { transportError } from './errors';
import { getToken } from './token';

/** A name of the core's contract or of the shell's (shared/contract/shell.ts). */
export type AnyCallName = CallName | ShellCallName;

/** What the Electron preload exposes through contextBridge: one function, nothing else. */
export interface WorkbenchBridge {
  call(name: AnyCallName, args: unknown, options: { lang: Lang }): Promise<ApiResponse<unknown>>;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export interface Transport {
  kind: 'electron' | 'http';
  send(name: AnyCallName, args: unknown, context: CallContext): Promise<ApiResponse<unknown>>;
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

function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Browser mode: `POST /api/<name>` on the origin that served this page. */
function httpTransport(): Transport {
  return {
    kind: 'http',
    async send(name, args, { lang }) {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Workbench-Lang': lang,
        Authorization: `Bearer ${getToken() ?? ''}`,
      };
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(name)}`, {
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

/** Browser mode cannot call anything without the launch token. */
export function needsToken(): boolean {
  return getTransport().kind === 'http' && getToken() === null;
}
