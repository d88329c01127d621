// Launching the Electron app and telling "it ran" apart from "it could not start here".
import { spawn } from 'node:child_process';
import { forwardSignals } from './child.mjs';
import { ROOT, userCwd } from './project.mjs';

/** electron/main/index.ts prints this once the window is shown. */
const WINDOW_READY = 'Workbench window ready';

/** Electron needs a desktop session; on Linux without one it can only crash. */
export function displayProblem(platform = process.platform, env = process.env) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'no display: this session has no desktop to show a window on';
}

/**
 * Run `electron <repo> …args` until it exits. Resolves { started, code, signal }: `started` is
 * false when Electron died before its window came up (missing system libraries, a sandbox it
 * can't set up), so the caller can fall back to browser mode.
 */
export function runDesktop(electronPath, args) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node, not the app
    const child = spawn(electronPath, [ROOT, ...args], { cwd: userCwd(), env, stdio: ['inherit', 'pipe', 'inherit'] });
    const stopForwarding = forwardSignals(child);
    let started = false;
    let seen = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (started) return;
      seen = (seen + chunk.toString('utf8')).slice(-200);
      if (seen.includes(WINDOW_READY)) started = true;
    });
    child.on('error', (error) => {
      stopForwarding();
      resolve({ started: false, code: null, signal: null, error });
    });
    child.on('exit', (code, signal) => {
      stopForwarding();
      resolve({ started, code, signal, error: null });
    });
  });
}
