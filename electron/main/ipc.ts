import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '@shared/contract';
import { hostMessage } from '@shared/host/messages';
import type { Lang } from '@shared/i18n/lang';
import type { Logger } from '../common/log';
import { callOptions, type RouteCall } from './call-router';
import { CALL_CHANNEL, isAllowedSender } from './window-policy';

/**
 * The sender must be our window's top frame showing our own page. A frame that navigated elsewhere
 * (or an iframe, or another window) keeps the preload's bridge object in memory for a moment, so
 * the check is made per call, on the frame that sent it.
 */
function isOurMainFrame(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  devServerUrl: string | undefined,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (event.sender.id !== window.webContents.id) return false;
  return isAllowedSender(frame.url, devServerUrl);
}

function forbidden(lang: Lang): ApiResponse<never> {
  const messages = hostMessage('error.forbidden_origin');
  return { ok: false, error: { code: 'forbidden', message: messages[lang], messages } };
}

/** Answer `window.workbench.call` (the preload's one bridge) for our own window only. */
export function registerCallChannel(opts: {
  route: RouteCall;
  window: () => BrowserWindow | null;
  devServerUrl: string | undefined;
  fallbackLang: Lang;
  log: Logger;
}): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, args: unknown, options: unknown) => {
    if (!isOurMainFrame(event, opts.window(), opts.devServerUrl)) {
      opts.log.error('refused an IPC call from a foreign frame', { url: event.senderFrame?.url ?? null });
      return forbidden(callOptions(options, opts.fallbackLang).lang);
    }
    try {
      return await opts.route(name, args, options);
    } catch (e) {
      // The core turns its own failures into refusals; this catches the shell's (a dialog that threw).
      opts.log.error(`call ${String(name).slice(0, 80)} failed in the shell`, e);
      const messages = hostMessage('error.internal');
      return { ok: false, error: { code: 'internal', message: messages[opts.fallbackLang], messages } };
    }
  });
}
