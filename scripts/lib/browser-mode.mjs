// Browser mode: the built server (out/main/server.js) in the foreground, the user's args passed on.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { forwardSignals } from './child.mjs';
import { openInBrowser } from './open-browser.mjs';
import { ROOT, say, userCwd } from './project.mjs';

const READY = /Workbench ready: (\S+)/;

/**
 * Run the server until it exits, with stdio and signals passed through; resolves with its exit.
 * Its stdout is watched (and echoed unchanged) for the ready line, to open the browser on the URL.
 */
export function runBrowserMode({ args = [], openBrowser = false } = {}) {
  return new Promise((resolve) => {
    const server = spawn(process.execPath, [join(ROOT, 'out', 'main', 'server.js'), ...args], {
      cwd: userCwd(),
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    const stopForwarding = forwardSignals(server);
    let pending = '';
    let opened = !openBrowser;
    server.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (opened) return;
      pending += chunk.toString('utf8');
      const match = READY.exec(pending);
      if (!match) return;
      opened = true;
      pending = '';
      if (openInBrowser(match[1])) say('Asked your desktop to open it in your browser.');
      else say('Open the address above in a browser on this machine.');
    });
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
