import { DEFAULT_LANG, type Lang } from '@shared/i18n/lang';

/** Who is calling and in which language: sent with every call, whatever the transport. */
export interface CallContext {
  userId?: number;
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
