// Running child processes from the launch scripts.
import { spawn } from 'node:child_process';

/**
 * Run to completion. `timeoutMs` kills a step that hangs (a download behind a black-holed network)
 * so the caller can fall back instead of waiting forever.
 */
export function run(command, args, { cwd, env, timeoutMs, stdio = 'inherit', shell = false } = {}) {
  return new Promise((resolve) => {
    let timedOut = false;
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio, shell, windowsHide: true });
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }, timeoutMs)
      : null;
    const stop = forwardSignals(child);
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      stop();
      resolve({ code: null, signal: null, timedOut, error });
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      stop();
      resolve({ code, signal, timedOut, error: null });
    });
  });
}

/**
 * Pass Ctrl+C and terminations on to the child and let it decide when to exit, so a server gets to
 * close its database. Returns the function that stops forwarding.
 */
export function forwardSignals(child) {
  const signals = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handlers = signals.map((signal) => {
    const handler = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    process.on(signal, handler);
    return [signal, handler];
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

/** Exit like the child did (a child killed by a signal counts as a failure, as shells report it). */
export function exitLike({ code, signal }) {
  process.exit(code ?? (signal ? 1 : 0));
}
