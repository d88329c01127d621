// Browser mode: the built server (out/main/server.js) in the foreground, the user's args passed on.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { forwardSignals } from './child.mjs';
import { openInBrowser } from './open-browser.mjs';
import { ROOT, say, userCwd } from './project.mjs';

const READY = /Workbench ready: (\S+)/;

/**
 * Spawn the server with the user's args. `onReady(url)` is called once, with the URL of its ready
 * line; its stdout is echoed unchanged unless `echo` is false (the cold-start bench,
 * bench/cold-start.bench.ts, spawns it this same way and times it from here).
 */
export function spawnBrowserMode({
  args = [],
  onReady = () => {},
  echo = true,
  cwd = userCwd(),
  // Another build's server (the cold-start bench's A/B against main's build).
  serverJs = join(ROOT, 'out', 'main', 'server.js'),
} = {}) {
  const server = spawn(process.execPath, [serverJs, ...args], {
    cwd,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let pending = '';
  let ready = false;
  server.stdout.on('data', (chunk) => {
    if (echo) process.stdout.write(chunk);
    if (ready) return;
    pending += chunk.toString('utf8');
    const match = READY.exec(pending);
    if (!match) return;
    ready = true;
    pending = '';
    onReady(match[1]);
  });
  return server;
}

/**
 * Run the server until it exits, with stdio and signals passed through; resolves with its exit.
 * Its stdout is watched (and echoed unchanged) for the ready line, to open the browser on the URL.
 */
export function runBrowserMode({ args = [], openBrowser = false } = {}) {
  return new Promise((resolve) => {
    const server = spawnBrowserMode({
      args,
      onReady: (url) => {
        if (!openBrowser) return;
        if (openInBrowser(url)) say('Asked your desktop to open it in your browser.');
        else say('Open the address above in a browser on this machine.');
      },
    });
    const stopForwarding = forwardSignals(server);
    server.on('error', (error) => {
      stopForwarding();
      resolve({ code: 1, signal: null, error });
    });
    server.on('exit', (code, signal) => {
      stopForwarding();
      resolve({ code, signal, error: null });
    });
  });
}
