/**
 * One call from the renderer, after the sender was checked: `shell.*` to the shell, the rest to the
 * core (or the team server). Everything arriving over IPC is untrusted input, so the name and options are checked here
 * (the core validates the args). No `electron` import.
 */
import type { ApiResponse } from '@shared/contract';
import { hostMessage } from '@shared/host/messages';
import { isLang, type Lang } from '@shared/i18n/lang';
import type { CallTarget, RelayOptions } from './core-link';
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
  target,
  shell,
  fallbackLang,
}: {
  /** Where the window's calls go now: the core's process, or a team server. Asked per call (it can change). */
  target: () => CallTarget;
  shell: ShellCall;
  fallbackLang: Lang;
}): RouteCall {
  // The window's sessions live here, in the main process, one per place it talks to (the solo
  // workspace, a team server): the renderer never holds a user id or a session id, it only calls
  // auth.signIn / auth.signOut like anything else. Switching back keeps the other's session.
  const sessions = new WeakMap<CallTarget, string>();
  return async (name, args, rawOptions) => {
    const { lang } = callOptions(rawOptions, fallbackLang);
    const to = target();
    const options: RelayOptions = {
      lang,
      sessionId: sessions.get(to),
      client: 'electron-window',
      onSession: (id) => (id === null ? sessions.delete(to) : sessions.set(to, id)),
    };
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
      const messages = hostMessage('error.unknown_call', { name: String(name).slice(0, 80) });
      return { ok: false, error: { code: 'not_found', message: messages[options.lang], messages } };
    }
    if (isShellCall(name)) return shell(name, args, options.lang);
    return to.call(name, args, options);
  };
}
