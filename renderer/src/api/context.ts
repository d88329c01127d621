import { DEFAULT_LANG, type Lang } from '@shared/i18n/lang';

/**
 * The language every call is answered in. Who is calling is not the page's to say: the host takes
 * it from the session (browser mode's cookie, the Electron window's session in the main process).
 */
export interface CallContext {
  lang: Lang;
}

let current: CallContext = { lang: DEFAULT_LANG };

/** The preferences provider keeps this in step with the header's switchers. */
export function setCallContext(patch: Partial<CallContext>): void {
  current = { ...current, ...patch };
}

export function getCallContext(): CallContext {
  return current;
}
