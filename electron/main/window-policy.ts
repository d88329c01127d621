/**
 * The security policy of the desktop window, as plain data and pure functions: no import of
 * `electron` (not even types), so unit tests under plain Node can assert it, and the shell's wiring
 * code only applies what is decided here.
 */
import { APP_NAME } from '../common/app-paths';

/** The renderer is served from this privileged scheme, never from file:// (which would open the whole disk). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** The one IPC channel: `window.workbench.call(name, args, options)`. */
export const CALL_CHANNEL = 'workbench:call';

/**
 * `standard` gives the scheme real origins and relative URLs, `secure` makes pages on it a secure
 * context, `supportFetchAPI` lets the renderer fetch its own assets. Deliberately not `bypassCSP`.
 */
export const PRIVILEGED_SCHEME = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Structurally a subset of Electron's BrowserWindowConstructorOptions. */
export interface WindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: boolean;
    sandbox: boolean;
    nodeIntegration: boolean;
    nodeIntegrationInWorker: boolean;
    nodeIntegrationInSubFrames: boolean;
    webSecurity: boolean;
    allowRunningInsecureContent: boolean;
    webviewTag: boolean;
    experimentalFeatures: boolean;
    navigateOnDragDrop: boolean;
    safeDialogs: boolean;
    spellcheck: boolean;
    devTools: boolean;
  };
}

/**
 * The renderer gets no Node, runs in Chromium's sandbox with an isolated preload world, and can't
 * embed other pages. DevTools exist only in development: in a shipped app they would let anyone at
 * the keyboard run arbitrary calls against the workspace outside the UI's checks.
 */
export function windowOptions(preloadPath: string, { dev = false }: { dev?: boolean } = {}): WindowOptions {
  return {
    title: APP_NAME,
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: dev,
    },
  };
}

/** Where the window loads the renderer: electron-vite's dev server in development, our scheme otherwise. */
export function rendererEntryUrl(devServerUrl?: string): string {
  return devServerUrl ? devServerUrl : APP_URL;
}

/**
 * Is `url` a page of ours? Compared by parts, not by prefix, so `app://workbench.evil/` and
 * `app://workbench@evil/` are someone else. (Node gives custom schemes an opaque origin, so
 * `URL.origin` can't be used for ours.)
 */
function isOwnUrl(url: string, devServerUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:`) {
    return u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
  }
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin;
  } catch {
    return false;
  }
}

/** IPC is answered only for frames showing our own page (checked on `event.senderFrame.url`). */
export function isAllowedSender(url: string, devServerUrl?: string): boolean {
  return isOwnUrl(url, devServerUrl);
}

/** The window may only move within our own page; anything else (links, redirects, drops) is refused. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isOwnUrl(url, devServerUrl);
}

/**
 * A quoting workbench needs no camera, microphone, location, notifications, USB, HID, MIDI or
 * clipboard-read permission; every request and every check is refused.
 */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

/** `window.open` and `target=_blank` never open a window (and never hand a URL to the OS). */
export const WINDOW_OPEN_RESPONSE = { action: 'deny' } as const;
