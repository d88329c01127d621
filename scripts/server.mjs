// `npm run server -- --pg postgres://… [--listen HOST:PORT] [--tls-cert F --tls-key F] …`: the team
// server (docs/team-server.md), built first when the sources changed, then run in the foreground
// with signals passed on (SIGTERM from systemd drains the requests in flight before it exits).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild } from './ensure-build.mjs';
import { exitLike, forwardSignals } from './lib/child.mjs';
import { ROOT, userCwd } from './lib/project.mjs';

try {
  await ensureBuild();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'team-server.js'), ...process.argv.slice(2)], {
  cwd: userCwd(),
  stdio: 'inherit',
});
const stop = forwardSignals(child);
exitLike(
  await new Promise((resolve) => {
    child.on('error', (error) => {
      stop();
      resolve({ code: 1, signal: null, error });
    });
    child.on('exit', (code, signal) => {
      stop();
      resolve({ code, signal, error: null });
    });
  }),
);
