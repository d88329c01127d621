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

/** Only the two options the core knows, each checked; anything else in the object is ignored. */
export function callOptions(raw: unknown, fallbackLang: Lang): Required<Pick<CallOptions, 'lang'>> & CallOptions {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const lang = isLang(o.lang) ? o.lang : fallbackLang;
  const userId = typeof o.userId === 'number' && Number.isSafeInteger(o.userId) && o.userId > 0 ? o.userId : undefined;
  return userId === undefined ? { lang } : { lang, userId };
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
  return async (name, args, rawOptions) => {
    const options = callOptions(rawOptions, fallbackLang);
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
      const messages = localize('error.unknown_call', { name: String(name).slice(0, 80) });
      return { ok: false, error: { code: 'not_found', message: messages[options.lang], messages } };
    }
    if (isShellCall(name)) return shell(name, args, options.lang);
    return core.call(name, args, options);
  };
}
