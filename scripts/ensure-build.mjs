// `out/` is rebuilt whenever a source is newer than it; start, web, test and bench all call this
// first so nobody runs yesterday's bundle by mistake.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './lib/child.mjs';
import { binScript, ROOT, say } from './lib/project.mjs';

const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts'];
/** Every entry the build must produce; a missing one means the last build is incomplete. */
const OUTPUTS = [
  'main/index.js',
  'main/core.js',
  'main/server.js',
  'main/team-server.js',
  'preload/index.cjs',
  'renderer/index.html',
];

/** Where the build goes: out/, or WORKBENCH_OUT_DIR (electron.vite.config.ts reads the same). */
function outDir(root) {
  const dir = process.env.WORKBENCH_OUT_DIR;
  return dir ? (isAbsolute(dir) ? dir : join(root, dir)) : join(root, 'out');
}

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
  const out = outDir(root);
  const missing = OUTPUTS.find((o) => !existsSync(join(out, o)));
  if (missing) return `${join(out, missing)} is missing`;
  const built = Math.min(...OUTPUTS.map((o) => statSync(join(out, o)).mtimeMs));
  const source = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return source > built ? 'sources changed since the last build' : null;
}

/** Build when stale; throws when the build fails (nothing sensible can start without it). */
export async function ensureBuild({ root = ROOT } = {}) {
  const reason = staleReason(root);
  if (!reason) {
    say(`Build is up to date (${outDir(root)}).`);
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
