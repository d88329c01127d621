export { call, callSliced } from './client';
export { ApiError, errorText } from './errors';
export { getCallContext, setCallContext } from './context';
export { captureToken, forgetToken, getToken } from './token';
export { getTransport, needsToken, servedByTeamServer } from './transport';
export { callKey, useCallMutation, useCallQuery } from './queries';
export { isDesktop, shellCall } from './shell';
export { offerFile, type OutgoingFile } from './files';
