import { protocol, type Session } from 'electron';
import { rendererResponse } from './renderer-protocol';
import { APP_SCHEME, PRIVILEGED_SCHEME } from './window-policy';

/** Must run before the app is ready: Chromium fixes the set of privileged schemes at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);
}

/** Serve the built renderer on `app://workbench/` in the session the window uses. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, request.method, rendererDir));
}
