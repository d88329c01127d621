export { call } from './client';
export { ApiError, errorText } from './errors';
export { getCallContext, setCallContext } from './context';
export { captureToken, forgetToken, getToken } from './token';
export { getTransport, needsToken } from './transport';
export { callKey, useCallMutation, useCallQuery } from './queries';
export { subscribeChanges, type LiveHandlers } from './live';
export { invalidateForChange } from './invalidation';
export { staleReads, READS_BY_KIND } from '@shared/live/stale-reads';
