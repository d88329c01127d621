// Opening the user's browser on the workbench, when this machine has one to show.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(command) {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => exts.some((ext) => existsSync(join(dir, command + ext))));
}

/** The command that hands a URL to the desktop's default browser, or null (no desktop, no opener). */
export function browserOpener(platform = process.platform, env = process.env) {
  if (platform === 'darwin') return onPath('open') ? { command: 'open', args: [] } : null;
  // `start` is a cmd.exe builtin; its first quoted argument is a window title, hence the "".
  if (platform === 'win32') return { command: env.ComSpec || 'cmd.exe', args: ['/d', '/c', 'start', '""'] };
  const display = env.DISPLAY || env.WAYLAND_DISPLAY;
  return display && onPath('xdg-open') ? { command: 'xdg-open', args: [] } : null;
}

/** Best effort: never throws and never waits; the URL is printed anyway. */
export function openInBrowser(url) {
  const opener = browserOpener();
  if (!opener) return false;
  try {
    const child = spawn(opener.command, [...opener.args, url], { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
