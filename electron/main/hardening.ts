import { app, type Session } from 'electron';
import type { Logger } from '../common/log';
import { isAllowedNavigation, isPermissionAllowed, WINDOW_OPEN_RESPONSE } from './window-policy';

/** Refuse every permission the page could ask for or probe (see `isPermissionAllowed`). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
}

/**
 * Applied to every web contents the app ever creates (not only our window), so nothing can slip
 * out through a popup, a navigation, a redirect or a <webview>.
 */
export function lockDownWebContents(devServerUrl: string | undefined, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      log.info('refused window.open', { url: url.slice(0, 200) });
      return WINDOW_OPEN_RESPONSE;
    });
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (isAllowedNavigation(url, devServerUrl)) return;
      event.preventDefault();
      log.info('refused navigation', { url: url.slice(0, 200) });
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
