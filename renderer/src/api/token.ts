/**
 * Browser mode's per-launch token. The server prints `http://127.0.0.1:<port>/#token=…`; the
 * fragment never leaves the browser, so the token reaches only this page.
 *
 * It is kept in memory for the calls, and also in sessionStorage so that reloading the tab keeps
 * working. sessionStorage is readable by this origin only, lives as long as the tab, and — unlike a
 * cookie — is never attached to requests by the browser, so another site cannot make the browser
 * send it along (the reason the server refuses cookies). We send it ourselves, in the
 * Authorization header of our own calls only.
 */
const STORAGE_KEY = 'workbench.token';
const FRAGMENT = /(?:^#|&)token=([^&]+)/;

let token: string | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be disabled; the in-memory copy still works until a reload
  }
}

/** Run once at start-up, before the router reads the address. */
export function captureToken(): void {
  const match = FRAGMENT.exec(window.location.hash);
  if (match?.[1]) {
    token = decodeURIComponent(match[1]);
    storage()?.setItem(STORAGE_KEY, token);
    // Take the token out of the address bar (and so out of history, bookmarks and screen shares).
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    return;
  }
  token = storage()?.getItem(STORAGE_KEY) ?? null;
}

export function getToken(): string | null {
  return token;
}

/** The server refused the token (it restarted with a new one): stop offering the stale one. */
export function forgetToken(): void {
  token = null;
  storage()?.removeItem(STORAGE_KEY);
}
