// Where things are, for the launch scripts. Plain Node (no TypeScript): these run before any build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const require = createRequire(join(ROOT, 'package.json'));

/** The directory of an installed package (found by its package.json, which every package exports or has). */
export function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    const guess = join(ROOT, 'node_modules', name);
    return existsSync(join(guess, 'package.json')) ? guess : null;
  }
}

export function packageVersion(name) {
  const dir = packageDir(name);
  return dir ? JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version : null;
}

/**
 * The JS file behind a package's command, run with `node` directly: no shell, no `.cmd` shims on
 * Windows, no npx lookup.
 */
export function binScript(pkg, bin = pkg) {
  const dir = packageDir(pkg);
  if (!dir) return null;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  return rel ? join(dir, rel) : null;
}

/**
 * The folder the user typed `npm start` in. npm runs scripts from the package root, so relative
 * paths the user passes (`--db ./my.db`) must be resolved against INIT_CWD instead.
 */
export function userCwd() {
  return process.env.INIT_CWD || process.cwd();
}

/** One progress line, prefixed so it stands apart from Electron's and the server's own output. */
export function say(line) {
  process.stdout.write(`[workbench] ${line}\n`);
}
