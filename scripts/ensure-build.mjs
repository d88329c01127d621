// `out/` is rebuilt whenever a source is newer than it; start, web, test and bench all call this
// first so nobody runs yesterday's bundle by mistake.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './lib/child.mjs';
import { binScript, ROOT, say } from './lib/project.mjs';

const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts'];
/** Every entry the build must produce; a missing one means the last build is incomplete. */
const OUTPUTS = ['out/main/index.js', 'out/main/server.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when out/ is up to date. */
export function staleReason(root = ROOT) {
  const missing = OUTPUTS.find((o) => !existsSync(join(root, o)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((o) => statSync(join(root, o)).mtimeMs));
  const source = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return source > built ? 'sources changed since the last build' : null;
}

/** Build when stale; throws when the build fails (nothing sensible can start without it). */
export async function ensureBuild({ root = ROOT } = {}) {
  const reason = staleReason(root);
  if (!reason) {
    say('Build is up to date (out/).');
    return;
  }
  say(`Building with electron-vite (${reason})…`);
  const cli = binScript('electron-vite');
  if (!cli) throw new Error('electron-vite is not installed: run npm install');
  const result = await run(process.execPath, [cli, 'build'], { cwd: root });
  if (result.code !== 0) throw new Error(`electron-vite build failed (exit code ${result.code ?? result.signal})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureBuild().catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
}
