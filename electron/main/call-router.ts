/**
 * One call from the renderer, after the sender was checked: `shell.*` to the shell, the rest to the
 * core. Everything arriving over IPC is untrusted input, so the name and options are checked here
 * (the core validates the args). No `electron` import.
 */
import type { ApiResponse } from '@shared/contract';
import { isLang, type Lang } from '@shared/i18n/lang';
import type { CallOptions, Core } from '../core';
import { localize } from '../core/errors';
import { isShellCall, type ShellCall } from './shell-calls';

export type RouteCall = (name: unknown, args: unknown, options: unknown) => Promise<ApiResponse<unknown>>;

const MAX_NAME_LENGTH = 100;

/**
 * The one option the page may choose, its language, checked; anything else in the object (a
 * `userId`, a session id) is ignored: who acts is the main process's business.
 */
export function callOptions(raw: unknown, fallbackLang: Lang): { lang: Lang } {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { lang: isLang(o.lang) ? o.lang : fallbackLang };
}

export function createCallRouter({
  core,
  shell,
  fallbackLang,
}: {
  core: Pick<Core, 'call'>;
  shell: ShellCall;
  fallbackLang: Lang;
}): RouteCall {
  // The window's session lives here, in the main process: the renderer never holds a user id or
  // the session id, it only calls auth.signIn / auth.signOut like anything else.
  let sessionId: string | undefined;
  return async (name, args, rawOptions) => {
    const { lang } = callOptions(rawOptions, fallbackLang);
    const options: CallOptions & { lang: Lang } = {
      lang,
      sessionId,
      client: 'electron-window',
      onSession: (id) => (sessionId = id ?? undefined),
    };
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
      const messages = localize('error.unknown_call', { name: String(name).slice(0, 80) });
      return { ok: false, error: { code: 'not_found', message: messages[options.lang], messages } };
    }
    if (isShellCall(name)) return shell(name, args, options.lang);
    return core.call(name, args, options);
  };
}
